package org.parley.quote;

/**
 * A quote found but not yet turned into a {@link Quote}: offsets are UTF-16 indices into the
 * article text (converted to code points once, at the end).
 *
 * @param kind      the quote kind
 * @param start     first char of the quote text
 * @param end       char after the quote text
 * @param paragraph paragraph index
 * @param cue       the cue as written, or null
 * @param mStart    first char of the mention, or -1 when there is none
 * @param mEnd      char after the mention, or -1
 */
record Draft(QuoteKind kind, int start, int end, int paragraph, String cue, int mStart, int mEnd) {

    Draft {
        if (end <= start) {
            throw new IllegalArgumentException("empty draft [" + start + ", " + end + ")");
        }
    }

    boolean hasMention() {
        return mStart >= 0;
    }
}
