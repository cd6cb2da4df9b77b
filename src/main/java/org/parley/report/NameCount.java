package org.parley.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A name with a number of quotes. Immutable and thread-safe. */
public record NameCount(String name, long quotes) {

    /** Most quotes first, then by name: the one order for every ranked list in the report. */
    public static final Comparator<NameCount> RANKED = Comparator.comparingLong(NameCount::quotes).reversed()
            .thenComparing(NameCount::name);

    public NameCount {
        Objects.requireNonNull(name, "name");
    }

    static List<NameCount> ranked(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new NameCount(e.getKey(), e.getValue())).sorted(RANKED).toList();
    }
}
