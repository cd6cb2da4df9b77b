package org.parley.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measurements of one line of text that the {@link Furniture} rules decide on: words, white space
 * (no-break spaces included), capitalisation, final punctuation, sentence boundaries, quotation
 * marks. No decisions here; every method is a single pass over its input.
 *
 * <p>Stateless and thread-safe.
 */
final class LineShape {

    /** Function words and name particles that stay lower case in a title-case headline. */
    static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "for",
            "of", "in", "on", "at", "to", "by", "with", "from", "into", "onto", "as", "vs", "v", "via", "per",
            "up", "off", "out", "over", "than", "is", "are", "was", "were", "be", "de", "du", "da", "la", "le",
            "al", "el", "bin", "ibn", "van", "von", "der");

    private LineShape() {
    }

    /** Punctuation right before a closing quotation mark: a quoted utterance, not a headline. */
    static boolean quotedSpeech(String t) {
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '”' || c == '"' || c == '’' || c == '»') {
                char b = t.charAt(i - 1);
                if (b == ',' || b == '.' || b == '?' || b == '!' || b == '…') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Headline capitalisation: at least two capitalised words, and lower-case words (other than
     * short function words) at most a quarter of them. */
    static boolean isTitleCase(List<String> words) {
        int caps = 0;
        int lower = 0;
        for (String w : words) {
            String b = bare(w);
            if (b.isEmpty() || !Character.isLetter(b.codePointAt(0))) {
                continue;
            }
            if (Character.isUpperCase(b.codePointAt(0)) || Character.isTitleCase(b.codePointAt(0))) {
                caps++;
            } else if (SMALL_WORDS.contains(b.toLowerCase(Locale.ROOT))) {
                continue;
            } else if (capitalisedAfterHyphen(b)) {
                caps++;
            } else {
                lower++;
            }
        }
        return caps >= 2 && lower * 4 <= caps;
    }

    static boolean capitalisedAfterHyphen(String w) {
        int h = w.indexOf('-');
        return h >= 0 && h + 1 < w.length() && Character.isUpperCase(w.charAt(h + 1));
    }

    /** Letters present and none of them lower case. */
    static boolean isAllCaps(String t) {
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The last character, after closing quotation marks, brackets and white space, ends a sentence. */
    static boolean hasFinalPunctuation(String t) {
        int i = t.length() - 1;
        while (i >= 0 && (isSpace(t.charAt(i)) || "”\"’')]»*".indexOf(t.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?:;…".indexOf(t.charAt(i)) >= 0;
    }

    /**
     * A sentence ends inside: an all-lower-case word of two letters or more (or a number) followed by
     * {@code .}, {@code !} or {@code ?}, optional closing marks, white space, then a capital or an
     * opening quotation mark. Abbreviations ("Oct.", "U.S.", "v.") do not qualify.
     */
    static boolean hasSentenceBoundary(String t) {
        int n = t.length();
        for (int i = 1; i < n - 2; i++) {
            char c = t.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && "”\"’')]".indexOf(t.charAt(j)) >= 0) {
                j++;
            }
            if (j >= n || !isSpace(t.charAt(j))) {
                continue;
            }
            while (j < n && isSpace(t.charAt(j))) {
                j++;
            }
            if (j >= n || !(Character.isUpperCase(t.charAt(j)) || "“\"‘[".indexOf(t.charAt(j)) >= 0)) {
                continue;
            }
            if (c != '.') {
                return true;
            }
            int k = i - 1;
            while (k >= 0 && (Character.isLowerCase(t.charAt(k)) || Character.isDigit(t.charAt(k)))) {
                k--;
            }
            boolean wordStart = k < 0 || !Character.isLetter(t.charAt(k));
            if (i - 1 - k >= 2 && wordStart) {
                return true;
            }
        }
        return false;
    }

    static boolean startsAsListItem(String t) {
        char c = t.charAt(0);
        if ("•*·▪◦-".indexOf(c) >= 0) {
            return true;
        }
        int i = 0;
        while (i < t.length() && i < 3 && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i > 0 && i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')')
                && i + 1 < t.length() && isSpace(t.charAt(i + 1));
    }

    static boolean hasQuoteMark(String t) {
        for (int i = 0; i < t.length(); i++) {
            switch (t.charAt(i)) {
                case '“', '”', '"', '«', '»', '„', '‘':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    static boolean endsWithColon(String p) {
        int i = p.length() - 1;
        while (i >= 0 && isSpace(p.charAt(i))) {
            i--;
        }
        return i >= 0 && p.charAt(i) == ':';
    }

    // --- small helpers ----------------------------------------------------------------------------

    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code s} without leading and trailing white space, no-break spaces included. */
    static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Number of white-space separated tokens holding a letter or digit, without allocating. */
    static int countWords(String t) {
        int n = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isSpace(c)) {
                inToken = false;
            } else {
                if (!inToken) {
                    inToken = true;
                    counted = false;
                }
                if (!counted && Character.isLetterOrDigit(c)) {
                    n++;
                    counted = true;
                }
            }
        }
        return n;
    }

    static List<String> words(String t) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && isSpace(t.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !isSpace(t.charAt(i))) {
                i++;
            }
            if (i > s) {
                String w = t.substring(s, i);
                if (hasLetterOrDigit(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    static boolean hasLetterOrDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A word without the punctuation around it. */
    static String bare(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        return w.substring(a, b);
    }

    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("“”\"‘’'«»„".indexOf(c) >= 0) {
                continue;
            }
            if (isSpace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.toLowerCase(c));
        }
        int e = b.length();
        while (e > 0 && ".!?:;…".indexOf(b.charAt(e - 1)) >= 0) {
            e--;
        }
        return b.substring(0, e);
    }
}
