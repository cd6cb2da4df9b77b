package org.parley.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap use over a stretch of a run, from the JVM's memory pools: {@link #reset()} before, then
 * {@link #bytes()} after. Summing per-pool peaks over-counts a little (pools peak at different times);
 * that is the cheap and honest upper bound the JVM offers without sampling. JVM-wide, so not
 * meaningful when two benchmarks run at once; the benchmark runs one stage at a time.
 */
final class HeapPeak {

    private HeapPeak() {
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    }

    /** Collects garbage, then starts every heap pool's peak afresh from its current use. */
    static void reset() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peak usage since the last {@link #reset()}. */
    static long bytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : heapPools()) {
            var u = p.getPeakUsage();
            if (u != null) {
                sum += u.getUsed();
            }
        }
        return sum;
    }
}
