package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.pipeline.QuoteRecord;
import org.parley.pipeline.QuoteRecordJson;

class ExtractCommandTest {

    private static final String GOOD = """
            ---
            title: Council meets
            outlet: Test Wire
            date: 2016-02-01
            ---
            “We will keep talking until there is a deal,” said Anna Berg, a spokeswoman for the Nordic Council.
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> badInputs() {
        byte[] invalidUtf8 = {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, ' ', 't', 'e', 'x', 't', '.'};
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "empty"),
                Arguments.of("binary.txt", binary, "binary"),
                Arguments.of("invalid.txt", invalidUtf8, "UTF-8"),
                Arguments.of("unclosed.txt", "Berg said: “We will never stop, and the talks go on.\n"
                        .getBytes(StandardCharsets.UTF_8), "unclosed quotation mark"),
                Arguments.of("broken.md", "---\ntitle: [unclosed\ndate: 2016-01-01\n---\nText here.\n"
                        .getBytes(StandardCharsets.UTF_8), "front matter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void aBadFileGivesOneWarningLineNamingItAndTheRunGoesOn(String name, byte[] content, String problem)
            throws IOException {
        Path bad = dir.resolve(name);
        Files.write(bad, content);
        Path good = dir.resolve("good.md");
        Files.writeString(good, GOOD);
        CliRun r = CliRun.of("extract", "--format", "jsonl", "--threads", "2", bad.toString(), good.toString());
        assertEquals(0, r.code(), r.err());
        List<String> warnings = r.err().lines().filter(l -> l.contains(name)).toList();
        assertFalse(warnings.isEmpty(), "a warning names " + name + ": " + r.err());
        assertTrue(warnings.stream().anyMatch(l -> l.toLowerCase().contains(problem.toLowerCase())),
                "warning says what is wrong (" + problem + "): " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.out().contains("We will keep talking until there is a deal,"), "the good file still comes through");
    }

    @Test
    void aFiveMegabyteFileWithoutLineBreaksIsRead() throws IOException {
        StringBuilder sb = new StringBuilder(5_300_000);
        while (sb.length() < 5_000_000) {
            sb.append("The envoy said the talks would resume soon. “We are ready,” Berg said. Fighting went on. ");
        }
        Path big = dir.resolve("big.txt");
        Files.writeString(big, sb);
        CliRun r = CliRun.of("extract", "--format", "jsonl", big.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().count() > 1000, "quotes found in the long line");
    }

    @Test
    void nothingReadableExitsOne() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        CliRun r = CliRun.of("extract", empty.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no article could be read"), r.err());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, CliRun.of("extract", "--format", "xml", dir.toString()).code());
        assertEquals(2, CliRun.of("extract", dir.resolve("missing.txt").toString()).code());
        assertEquals(2, CliRun.of("extract", "--threads", "0", dir.toString()).code());
        assertEquals(2, CliRun.of("extract", "--no-such-option").code());
    }

    @Test
    void outputIsIdenticalWhateverTheThreadCount() {
        CliRun one = CliRun.of("extract", "--format", "jsonl", "--threads", "1", "corpus/articles");
        CliRun four = CliRun.of("extract", "--format", "jsonl", "--threads", "4", "corpus/articles");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().lines().count() > 50);
        assertEquals(one.out(), four.out());
    }

    @Test
    void jsonlRecordsCarryCodePointOffsetsIntoTheTextAfterFrontMatter() throws IOException {
        Path f = dir.resolve("emoji.md");
        String body = "Crowds cheered 🎉 outside. “We are ready to talk,” Berg said.\n";
        Files.writeString(f, "---\ntitle: T\n---\n" + body);
        CliRun r = CliRun.of("extract", "--format", "jsonl", f.toString());
        assertEquals(0, r.code(), r.err());
        QuoteRecord q = QuoteRecordJson.read(r.out().lines().findFirst().orElseThrow());
        int[] cps = body.codePoints().toArray();
        assertEquals(q.text(), new String(cps, q.start(), q.end() - q.start()));
    }

    @Test
    void outputFileIsWrittenAndCsvHasAHeader() throws IOException {
        Path good = dir.resolve("good.md");
        Files.writeString(good, GOOD);
        Path out = dir.resolve("out/quotes.csv");
        CliRun r = CliRun.of("extract", "--format", "csv", "-o", out.toString(), good.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).startsWith("article,paragraph,start,end,kind,speaker"), lines.get(0));
        assertTrue(lines.get(1).contains("Anna Berg"), lines.get(1));
    }
}
