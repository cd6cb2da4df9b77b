package org.parley.speaker;

import java.util.Locale;

/** Grammatical gender of a speaker, for pronoun resolution. UNKNOWN is compatible with he and she. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Parses {@code male} / {@code female}; throws IllegalArgumentException naming the valid values. */
    public static Gender parse(String s) {
        return switch (s == null ? "" : s.trim().toLowerCase(Locale.ROOT)) {
            case "male" -> MALE;
            case "female" -> FEMALE;
            default -> throw new IllegalArgumentException("gender must be male or female, not '" + s + "'");
        };
    }

    /** True when a speaker of this gender can be the referent of a pronoun of gender {@code g}. */
    public boolean compatibleWith(Gender g) {
        return this == UNKNOWN || g == UNKNOWN || this == g;
    }
}
