package org.parley.bench;

import java.util.Locale;

/**
 * What a benchmark run measures; each stage includes the ones before it, as the commands do.
 * Thread-safe (an enum).
 *
 * <ul>
 *   <li>{@link #EXTRACT}: read → parse → extract quotes → attribute → JSONL records to a null writer
 *       ({@code parley extract --format jsonl}).</li>
 *   <li>{@link #CLASSIFY}: the same plus topic and stance ({@code parley extract --classify}).</li>
 *   <li>{@link #REPORT}: the classified records aggregated into a position report with spilled evidence,
 *       written as markdown to a null writer ({@code parley report}).</li>
 * </ul>
 */
public enum Stage {
    EXTRACT, CLASSIFY, REPORT;

    /** The stage named {@code s} (case-insensitive). */
    public static Stage parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown stage '" + s + "' (extract, classify or report)");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean classifies() {
        return this != EXTRACT;
    }
}
