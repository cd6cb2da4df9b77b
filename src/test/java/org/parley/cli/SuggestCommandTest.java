package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheLeastConfidentQuotesReadyToLabel() throws IOException {
        Path out = dir.resolve("next.csv");
        CliRun r = CliRun.of("suggest", "-n", "4", "-o", out.toString(), "--threads", "2", "corpus/articles");
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(out)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertEquals(4, rows.size());
        double previous = -1;
        for (CSVRecord row : rows) {
            assertEquals("", row.get("topic"), "left for the labeler");
            assertEquals("", row.get("stance"));
            assertTrue(!row.get("suggested_topic").isEmpty() && !row.get("text").isEmpty());
            double c = Math.min(Double.parseDouble(row.get("topic_confidence")),
                    Double.parseDouble(row.get("stance_confidence")));
            assertTrue(c >= previous, "least confident first");
            previous = c;
        }
    }

    @Test
    void theSameWhateverTheThreadCount() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertEquals(0, CliRun.of("suggest", "-n", "10", "-o", a.toString(), "--threads", "1").code());
        assertEquals(0, CliRun.of("suggest", "-n", "10", "-o", b.toString(), "--threads", "3").code());
        assertEquals(Files.readString(a), Files.readString(b));
    }

    @Test
    void badUsage() {
        assertEquals(2, CliRun.of("suggest", "-n", "0", "-o", dir.resolve("x.csv").toString()).code());
        assertEquals(2, CliRun.of("suggest", "-n", "3").code());
    }
}
