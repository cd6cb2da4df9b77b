package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {

    static Path resource(String name) {
        try {
            return Path.of(TrainCommandTest.class.getResource("/classify/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String[] run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void trainsPrintsMetricsAndWritesModelAndCard(@TempDir Path dir) {
        String[] r = run("train", "--data", resource("small.jsonl").toString(), resource("bad.jsonl").toString(),
                "--out", dir.toString(), "--folds", "3", "--learner", "nb");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("stratified 3-fold"), r[1]);
        assertTrue(r[1].contains("macro-F1"));
        assertTrue(r[1].contains("F_avg (SemEval)"));
        assertTrue(r[1].contains("majority-class baseline"));
        assertTrue(r[1].contains("Topic confusion"));
        assertTrue(r[1].contains("origin=article"));
        assertTrue(r[2].contains("bad.jsonl:2: unknown topic 'weather'"), r[2]);
        assertTrue(r[2].contains("skipped 6 bad rows"), r[2]);
        assertTrue(Files.exists(dir.resolve("model.bin")));
        assertTrue(Files.exists(dir.resolve("model-card.json")));
    }

    @Test
    void nestedPrintsTheEstimateWithTheLearnerChosenInsideEachFold(@TempDir Path dir) {
        String[] r = run("train", "--data", resource("small.jsonl").toString(), "--out", dir.toString(),
                "--folds", "3", "--nested");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].matches("(?s).*Nested stratified 3-fold \\(learner chosen inside each outer fold\\): "
                + "topic accuracy [01]\\.\\d{3}, macro-F1 [01]\\.\\d{3}; stance accuracy.*"), r[1]);
    }

    @Test
    void learningCurvePrintsOnePointPerArticleCount(@TempDir Path dir) {
        String[] r = run("train", "--data", resource("small.jsonl").toString(), "--out", dir.toString(),
                "--by-article", "--learner", "nb", "--learning-curve");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("Learning curve (leave-one-article-out"), r[1]);
        for (String row : new String[] {"       0      3          18", "       1      6          36",
                "       2      3          18"}) {
            assertTrue(r[1].contains(row), "missing row '" + row + "' in\n" + r[1]);
        }
        assertTrue(r[1].contains("per doubling of the articles"), r[1]);
    }

    @Test
    void learningCurveNeedsArticlesAndASensibleTarget() {
        String[] r = run("train", "--data", resource("small.jsonl").toString(), "--learning-curve");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--learning-curve needs --by-article"), r[2]);
        assertEquals("2", run("train", "--data", resource("small.jsonl").toString(), "--by-article",
                "--learning-curve", "--target-accuracy", "1.5")[0]);
    }

    @Test
    void strictStopsAtTheFirstBadRow(@TempDir Path dir) {
        String[] r = run("train", "--data", resource("bad.jsonl").toString(), "--out", dir.toString(), "--strict");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("bad.jsonl:2: unknown topic 'weather' (not in the taxonomy)"), r[2]);
        assertTrue(!Files.exists(dir.resolve("model.bin")));
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals("2", run("train")[0]);
        assertEquals("2", run("train", "--data", "x.jsonl", "--folds", "1")[0]);
        assertEquals("2", run("train", "--data", "x.jsonl", "--learner", "forest")[0]);
    }

    @Test
    void anUnwritableOutputFailsFast(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        String[] r = run("train", "--data", resource("small.jsonl").toString(), "--out", file.toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("cannot write to " + file), r[2]);
    }
}
