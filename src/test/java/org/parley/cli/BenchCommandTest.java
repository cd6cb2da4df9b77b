package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.bench.BenchTable;

class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void measuresEveryStageWithEveryThreadCountAndKeepsTheCorpus() throws Exception {
        Path kept = tmp.resolve("bench.jsonl");
        CliRun r = CliRun.of("bench", "--articles", "12", "--warmup", "3", "--threads", "1,2", "--keep",
                kept.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warm-up"), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("| " + String.join(" | ", BenchTable.HEADERS) + " |", lines.get(0));
        List<String> rows = lines.subList(2, lines.size());
        assertEquals(6, rows.size(), r.out());
        String[] expected = {"extract|1", "extract|2", "classify|1", "classify|2", "report|1", "report|2"};
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = Arrays.stream(rows.get(i).split("\\|")).map(String::strip).filter(c -> !c.isEmpty())
                    .toArray(String[]::new);
            assertEquals(BenchTable.HEADERS.size(), cells.length, rows.get(i));
            assertEquals(expected[i], cells[0] + "|" + cells[1]);
            assertEquals("12", cells[2], "every generated article is read");
            for (int c = 3; c < cells.length; c++) {
                assertTrue(Double.parseDouble(cells[c]) > 0, BenchTable.HEADERS.get(c) + " in " + rows.get(i));
            }
        }
        assertEquals(12, Files.readAllLines(kept).size());
    }

    @Test
    void reusesAGivenCorpusAndRefusesBadOptions() throws Exception {
        Path kept = tmp.resolve("c.jsonl");
        assertEquals(0, CliRun.of("bench", "--articles", "5", "--warmup", "0", "--stages", "extract",
                "--threads", "1", "--keep", kept.toString()).code());
        CliRun again = CliRun.of("bench", "--corpus", kept.toString(), "--warmup", "0", "--stages", "extract",
                "--threads", "2");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("| extract | 2 | 5 |"), again.out());
        assertEquals(2, CliRun.of("bench", "--stages", "load").code());
        assertEquals(2, CliRun.of("bench", "--threads", "0").code());
        assertEquals(2, CliRun.of("bench", "--articles", "0").code());
        assertEquals(2, CliRun.of("bench", "--corpus", tmp.resolve("missing.jsonl").toString()).code());
    }
}
