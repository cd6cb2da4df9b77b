package org.parley.classify;

import java.util.Locale;

/** Stance toward a topic's proposition (ANNOTATION.md §4). Written in records as the lower-case name. */
public enum Stance {
    SUPPORT, OPPOSE, NEUTRAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the lower-case record form; throws IllegalArgumentException naming the valid stances. */
    public static Stance parse(String s) {
        for (Stance st : values()) {
            if (st.label().equals(s)) {
                return st;
            }
        }
        throw new IllegalArgumentException("unknown stance '" + s + "' (expected support, oppose or neutral)");
    }
}
