package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report is byte-identical whatever the number of worker threads. */
class ReportThreadsTest {

    @TempDir
    Path tmp;

    @Test
    void reportIsIdenticalForOneAndThreeThreads() throws Exception {
        byte[] one = report(1);
        byte[] three = report(3);
        assertTrue(new String(one, StandardCharsets.UTF_8).contains("|"), "a report with a table");
        assertArrayEquals(one, three);
    }

    private byte[] report(int threads) throws Exception {
        Path out = tmp.resolve("report-" + threads + ".md");
        CliRun r = CliRun.of("report", "--threads", String.valueOf(threads), "-o", out.toString(), "corpus/articles");
        assertEquals(0, r.code(), r.err());
        return Files.readAllBytes(out);
    }
}
