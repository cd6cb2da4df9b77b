package org.parley.bench;

import java.util.Objects;

/**
 * One measured run of a stage over the benchmark corpus. Immutable and thread-safe.
 *
 * @param stage         what ran
 * @param threads       worker threads
 * @param articles      articles read
 * @param quotes        quote records produced
 * @param textChars     characters of article text (after front matter) processed
 * @param nanos         wall time of the run, from opening the input to the last output
 * @param cpuNanos      CPU time the whole JVM used during the run (workers, reader, GC, JIT): on a
 *                      machine shared with other work, wall time stretches but this does not
 * @param peakHeapBytes sum over the heap memory pools of their peak usage during the run; an upper
 *                      bound on the heap in use at any one time, and it includes garbage not yet
 *                      collected, so it depends on {@code -Xmx} and the collector as much as on Parley
 */
public record BenchResult(Stage stage, int threads, long articles, long quotes, long textChars, long nanos,
                          long cpuNanos, long peakHeapBytes) {

    public BenchResult {
        Objects.requireNonNull(stage, "stage");
        if (threads < 1 || articles < 0 || quotes < 0 || textChars < 0 || nanos <= 0 || cpuNanos < 0
                || peakHeapBytes < 0) {
            throw new IllegalArgumentException("impossible benchmark figures: threads=" + threads + " articles="
                    + articles + " quotes=" + quotes + " chars=" + textChars + " nanos=" + nanos);
        }
    }

    /** Megabytes of article text, counting 10^6 chars as one MB (the text is almost all ASCII). */
    public double megabytes() {
        return textChars / 1e6;
    }

    public double seconds() {
        return nanos / 1e9;
    }

    public double cpuSeconds() {
        return cpuNanos / 1e9;
    }

    public double articlesPerSecond() {
        return articles / seconds();
    }

    public double megabytesPerSecond() {
        return megabytes() / seconds();
    }

    /** Throughput divided by the worker threads: the per-core figure the speed target is set in. */
    public double megabytesPerSecondPerCore() {
        return megabytesPerSecond() / threads;
    }

    public double peakHeapMegabytes() {
        return peakHeapBytes / (1024.0 * 1024.0);
    }
}
