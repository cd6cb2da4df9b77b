package org.parley.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints benchmark results as a markdown table (readable in a terminal, pasteable into the README).
 * "MB/s per core" divides by the worker threads; "CPU s" is the JVM's CPU time during the run, the
 * figure to trust when the machine was busy with other work (wall time then stretches). Stateless and
 * thread-safe.
 */
public final class BenchTable {

    /** The table's column headers, in order. */
    public static final List<String> HEADERS = List.of("stage", "threads", "articles", "MB text", "seconds", "CPU s",
            "articles/s", "MB/s", "MB/s per core", "peak heap MB");

    private BenchTable() {
    }

    public static void print(List<BenchResult> results, PrintWriter out) {
        out.println("| " + String.join(" | ", HEADERS) + " |");
        out.println("|" + "---|".repeat(HEADERS.size()));
        for (BenchResult r : results) {
            out.println(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %.2f | %.0f | %.2f | %.2f | %.0f |",
                    r.stage().id(), r.threads(), r.articles(), r.megabytes(), r.seconds(), r.cpuSeconds(), r.articlesPerSecond(),
                    r.megabytesPerSecond(), r.megabytesPerSecondPerCore(), r.peakHeapMegabytes()));
        }
        out.flush();
    }
}
