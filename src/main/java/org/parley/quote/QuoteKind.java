package org.parley.quote;

import java.util.Locale;

/** The four kinds of quote of ANNOTATION.md §1. Written in records as the lower-case name. */
public enum QuoteKind {
    /** Words inside quotation marks. */
    DIRECT,
    /** A paragraph of the speaker's words introduced by a sentence ending with a colon, or a transcript turn. */
    BLOCK,
    /** Reported speech after a speech verb, without quotation marks. */
    INDIRECT,
    /** Reported speech embedding a quoted fragment of two or more words. */
    MIXED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the lower-case record form; throws IllegalArgumentException naming the valid kinds. */
    public static QuoteKind parse(String s) {
        for (QuoteKind k : values()) {
            if (k.label().equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown quote kind '" + s + "' (expected direct, block, indirect or mixed)");
    }
}
