package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalQuotesCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsScoresForTwoFiles() throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Path pred = dir.resolve("pred.jsonl");
        Files.writeString(gold, """
                {"article":"a","kind":"direct","text":"We are ready to talk.","speaker":"Anna Berg"}
                {"article":"a","kind":"indirect","text":"the border would stay open","speaker":"Anna Berg"}
                """);
        Files.writeString(pred, """
                {"article":"a","kind":"direct","text":"We are ready to talk.","speaker":"Anna Berg"}
                """);
        Run r = run("eval-quotes", "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("all            1.000     0.500     0.667"), r.out());
        assertTrue(r.out().contains("Attribution accuracy: 1.000 (1 of 1 matched quotes)"), r.out());
        assertTrue(r.out().contains("Misses (gold quotes not found) (1)"), r.out());
        assertTrue(r.out().contains("the border would stay open"), r.out());
    }

    @Test
    void badLineIsNamedWithFileAndLine() throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"article\":\"a\",\"text\":\"ok\"}\n{not json\n");
        Run r = run("eval-quotes", "--gold", gold.toString(), "--pred", gold.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(gold + ":2: malformed JSON"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void missingOptionIsBadUsage() {
        Run r = run("eval-quotes", "--gold", "x.jsonl");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--pred"), r.err());
    }

    @Test
    void missingFileIsAFailureNamingIt() {
        Run r = run("eval-quotes", "--gold", dir.resolve("nope.jsonl").toString(), "--pred", "x");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nope.jsonl: no such file"), r.err());
    }
}
