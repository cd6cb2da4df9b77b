package org.parley.quote;

import java.util.Set;

/**
 * Recognises a transcript turn: a paragraph opening with a speaker label and a colon
 * ("SECRETARY KERRY: …", "FOREIGN MINISTER LAVROV (via interpreter): …", "QUESTION: …", and in
 * ministry transcripts "Sergey Lavrov: …", "Question: …"), or a line holding only a label
 * ("SECRETARY KERRY:", "Foreign Minister Lavrov:"). Caption and section labels
 * ("PHOTO:", "UPDATE:", "WATCH:") are not speakers. Labels that describe the speaker after a comma
 * ("JANE DOE, former envoy (by telephone):") are read by {@link DescribedLabels}. Stateless and
 * thread-safe.
 */
final class Transcripts {

    /**
     * A speaker label.
     *
     * @param start     label start in the paragraph (UTF-16)
     * @param end       label end, before any parenthetical ("(via interpreter)") and the colon
     * @param textStart where the turn's words start, or the paragraph length for a label-only line
     * @param words     number of words in the label
     * @param mixedCase a mixed-case label before the turn's words ("Sergey Lavrov: …") or a described
     *                  one ("JANE DOE, former envoy:"), which reads as a speaker only in an article made
     *                  of such turns (it may be a headline kicker or a dateline)
     */
    record Label(int start, int end, int textStart, int words, boolean mixedCase) {
    }

    private static final Set<String> NOT_SPEAKERS = Set.of(
            "PHOTO", "PHOTOS", "VIDEO", "IMAGE", "IMAGES", "WATCH", "READ", "SEE", "UPDATE", "UPDATED", "LATEST",
            "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "SOURCE", "SOURCES", "CREDIT", "FILE",
            "RELATED", "ALSO READ", "READ MORE", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "LISTEN",
            "GRAPHIC", "MAP", "CAPTION", "TOP", "MORE", "FULL TEXT", "TRANSCRIPT", "SUBSCRIBE", "ADVERTISEMENT",
            "WARNING", "CLAIMS", "FEATURE", "FEATURES", "BACKGROUND", "TIMELINE", "FACTBOX", "FACT BOX", "Q&A",
            "UPDATE 1", "UPDATE 2", "URGENT", "FLASH", "ALERT", "POLL", "QUIZ", "TAGS", "TOPICS", "SHARE");

    /** Labels that open a turn even as a single word, in any article. */
    static final Set<String> ALWAYS = Set.of("Q", "QUESTION", "MODERATOR", "INTERVIEWER", "ANSWER", "A");

    private static final int MAX_LABEL = 80;

    private Transcripts() {
    }

    /** The speaker label opening paragraph {@code p}, or null. */
    static Label label(String p) {
        Label plain = plain(p);
        return plain != null ? plain : DescribedLabels.label(p);
    }

    private static Label plain(String p) {
        int s = 0;
        while (s < p.length() && Text.space(p.charAt(s))) {
            s++;
        }
        int i = s;
        int labelEnd = -1;
        boolean lower = false;
        while (i < p.length() && i - s < MAX_LABEL) {
            char c = p.charAt(i);
            if (c == ':') {
                labelEnd = labelEnd < 0 ? i : labelEnd;
                break;
            }
            if (c == '(' && labelEnd < 0) {
                int close = p.indexOf(')', i);
                if (close < 0 || close - i > 40) {
                    return null;
                }
                labelEnd = i;
                i = close + 1;
                continue;
            }
            if (labelEnd >= 0 && !Text.space(c)) {
                return null;
            }
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (!(Character.isLetter(c) || c == ' ' || c == '.' || c == '\'' || c == '’' || c == '-' || c == '&')) {
                return null;
            }
            i++;
        }
        if (i >= p.length() || p.charAt(i) != ':' || labelEnd < 0) {
            return null;
        }
        int e = labelEnd;
        while (e > s && Text.space(p.charAt(e - 1))) {
            e--;
        }
        String label = p.substring(s, e);
        if (label.isEmpty() || NOT_SPEAKERS.contains(label)) {
            return null;
        }
        int words = label.split("\\s+").length;
        int textStart = i + 1;
        while (textStart < p.length() && Text.space(p.charAt(textStart))) {
            textStart++;
        }
        boolean labelOnly = Text.blank(p.substring(textStart));
        if (lower) {
            // Mixed case only with every word capitalised: "Foreign Minister Lavrov:", "Sergey Lavrov: …"
            if (words > (labelOnly ? 5 : 4)) {
                return null;
            }
            for (String w : label.split("\\s+")) {
                if (!Character.isUpperCase(w.charAt(0)) && !w.equals("of") && !Words.nameParticle(w)) {
                    return null;
                }
            }
        }
        if (words > 6 || (label.length() < 2 && !ALWAYS.contains(label))) {
            return null;
        }
        return new Label(s, e, labelOnly ? p.length() : textStart, words, lower && !labelOnly);
    }
}
