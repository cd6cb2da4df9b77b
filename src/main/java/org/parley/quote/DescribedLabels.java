package org.parley.quote;

/**
 * Broadcast-transcript labels that give the speaker's name in capitals and describe them after a
 * comma: "JANE DOE, former deputy envoy:", "JOHN ROE, Harbour Board (by telephone): …", and the same
 * after a bracketed cue, "[CLIP] MAJOR GENERAL JOHN ROE, army spokesman (translated): …". The label
 * is the name only (the description is not part of who speaks), so a later short label ("ROE:")
 * and the narrative's surname match it.
 *
 * <p>Conservative by shape, because a dateline ("BEIRUT, Lebanon (AP) —") also opens with capitals
 * and a comma: the name has two to six words and no lower-case letter; the description has no
 * digit and no sentence punctuation and ends at the colon; and such a label opens a turn only in an
 * article with at least two turns. One bounded left-to-right pass (at most
 * {@link #MAX_LENGTH} characters); stateless and thread-safe.
 */
final class DescribedLabels {

    private static final int MAX_CUE = 20;
    private static final int MAX_NAME = 50;
    private static final int MAX_LENGTH = 140;
    private static final int MAX_PARENTHETICAL = 40;

    private DescribedLabels() {
    }

    /** The described label opening paragraph {@code p}, or null. */
    static Transcripts.Label label(String p) {
        int s = skipSpace(p, 0);
        if (s < p.length() && p.charAt(s) == '[') {
            int close = closing(p, s, ']', MAX_CUE);
            if (close < 0) {
                return null;
            }
            s = skipSpace(p, close + 1);
        }
        int comma = -1;
        for (int i = s; i < p.length() && i - s <= MAX_NAME; i++) {
            char c = p.charAt(i);
            if (c == ',') {
                comma = i;
                break;
            }
            if (Character.isLowerCase(c) || !(Character.isLetter(c) || c == ' ' || c == '.' || c == '\'' || c == '’'
                    || c == '-')) {
                return null;
            }
        }
        if (comma < 0) {
            return null;
        }
        String name = p.substring(s, comma).strip();
        int words = name.isEmpty() ? 0 : name.split("\\s+").length;
        if (words < 2 || words > 6) {
            return null;
        }
        int colon = descriptionEnd(p, comma + 1, s);
        if (colon < 0) {
            return null;
        }
        int textStart = skipSpace(p, colon + 1);
        int end = s + name.length();
        // Marked like a mixed-case label: a turn only in an article made of turns, since a dateline
        // with a colon ("NEW ORSK, Harbour District: …") has the same shape.
        return new Transcripts.Label(s, end, textStart >= p.length() ? p.length() : textStart, words, true);
    }

    /** The colon that ends a description starting at {@code from}, or -1 when the text is not one. */
    private static int descriptionEnd(String p, int from, int labelStart) {
        boolean letter = false;
        int i = from;
        while (i < p.length() && i - labelStart <= MAX_LENGTH) {
            char c = p.charAt(i);
            if (c == ':') {
                return letter ? i : -1;
            }
            if (c == '(') {
                int close = closing(p, i, ')', MAX_PARENTHETICAL);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
                continue;
            }
            if (Character.isLetter(c)) {
                letter = true;
            } else if (!(c == ' ' || c == '.' || c == '\'' || c == '’' || c == '-' || c == '&' || c == ',')) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** The first {@code mark} within {@code reach} characters after {@code from}, or -1. */
    private static int closing(String p, int from, char mark, int reach) {
        int stop = Math.min(p.length(), from + reach + 1);
        for (int i = from + 1; i < stop; i++) {
            if (p.charAt(i) == mark) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpace(String p, int i) {
        while (i < p.length() && Text.space(p.charAt(i))) {
            i++;
        }
        return i;
    }
}
