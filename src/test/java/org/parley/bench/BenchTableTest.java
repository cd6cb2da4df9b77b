package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTableTest {

    @Test
    void ratesAreDerivedFromCountsTimeAndThreads() {
        BenchResult r = new BenchResult(Stage.CLASSIFY, 2, 1000, 4000, 5_000_000, 2_000_000_000L, 3_500_000_000L, 64L << 20);
        assertEquals(500.0, r.articlesPerSecond(), 1e-9);
        assertEquals(2.5, r.megabytesPerSecond(), 1e-9);
        assertEquals(1.25, r.megabytesPerSecondPerCore(), 1e-9);
        assertEquals(64.0, r.peakHeapMegabytes(), 1e-9);
        StringWriter w = new StringWriter();
        BenchTable.print(List.of(r), new PrintWriter(w));
        List<String> lines = w.toString().lines().toList();
        assertEquals(3, lines.size());
        assertEquals("| classify | 2 | 1000 | 5.0 | 2.00 | 3.50 | 500 | 2.50 | 1.25 | 64 |", lines.get(2));
    }

    @Test
    void impossibleFiguresAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new BenchResult(Stage.EXTRACT, 0, 1, 1, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new BenchResult(Stage.EXTRACT, 1, 1, 1, 1, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Stage.parse("load"));
        assertEquals(Stage.REPORT, Stage.parse(" Report "));
    }
}
