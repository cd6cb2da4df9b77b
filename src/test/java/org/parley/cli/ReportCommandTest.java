package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    /**
     * The committed reports/positions.md is what {@code parley report} makes of the bundled corpus with the
     * shipped model. Regenerate it with {@code ./parley report} after changing the pipeline or the model.
     */
    @Test
    void committedReportMatchesARegeneratedOne() throws IOException {
        Path out = dir.resolve("positions.md");
        CliRun r = CliRun.of("report", "-o", out.toString(), "corpus/articles");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(Path.of("reports/positions.md")), Files.readString(out),
                "reports/positions.md is stale: run ./parley report");
    }

    @Test
    void identicalWhateverTheThreadCount() throws IOException {
        Path one = dir.resolve("one.md");
        Path three = dir.resolve("three.md");
        assertEquals(0, CliRun.of("report", "--threads", "1", "-o", one.toString(), "corpus/articles").code());
        assertEquals(0, CliRun.of("report", "--threads", "3", "-o", three.toString(), "corpus/articles").code());
        assertEquals(Files.readString(one), Files.readString(three));
    }

    @Test
    void speakersAreResolvedThroughRegistryAliases() {
        CliRun r = CliRun.of("report", "-o", "-", "--speakers", "Sergey Lavrov,Kerry", "corpus/articles");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| Sergei Lavrov | John Kerry |") || r.out().contains("| John Kerry | Sergei Lavrov |"),
                r.out().lines().filter(l -> l.startsWith("| Topic")).findFirst().orElse(""));
    }

    @Test
    void unknownSpeakerOrTopicIsUsageErrorListingTheValidOnes() {
        CliRun s = CliRun.of("report", "-o", "-", "--speakers", "Nobody Atall", "corpus/articles");
        assertEquals(2, s.code());
        assertTrue(s.err().contains("John Kerry"), s.err());
        CliRun t = CliRun.of("report", "-o", "-", "--topics", "weather", "corpus/articles");
        assertEquals(2, t.code());
        assertTrue(t.err().contains("assad-future"), t.err());
    }

    @Test
    void jsonFormatAndBadOptions() {
        CliRun j = CliRun.of("report", "--format", "json", "-o", "-", "corpus/articles");
        assertEquals(0, j.code(), j.err());
        assertTrue(j.out().trim().startsWith("{"));
        assertEquals(2, CliRun.of("report", "--from", "yesterday").code());
        assertEquals(2, CliRun.of("report", "--from", "2016-02-01", "--to", "2016-01-01").code());
        assertEquals(2, CliRun.of("report", "--min-confidence", "2").code());
        assertEquals(2, CliRun.of("report", "--model", dir.resolve("none").toString()).code());
    }

    @Test
    void aPeriodWithNoQuotesSaysSoPlainly() {
        CliRun r = CliRun.of("report", "-o", "-", "--from", "2020-01-01", "corpus/articles");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("| Topic |"), "no empty tables");
    }

    @Test
    void anUnwritableOutputFailsBeforeTheRunAndAFailedRunKeepsThePreviousReport() throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        CliRun r = CliRun.of("report", "-o", blocker.resolve("sub/out.md").toString(), "corpus/articles");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cannot write"), r.err());
        Path previous = dir.resolve("previous.md");
        Files.writeString(previous, "previous report");
        CliRun bad = CliRun.of("report", "-o", previous.toString(), "--speakers", "Nobody Atall", "corpus/articles");
        assertEquals(2, bad.code());
        assertEquals("previous report", Files.readString(previous));
    }
}
