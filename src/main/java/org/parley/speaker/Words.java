package org.parley.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.text.Nlp;

/**
 * Splits text into words (maximal runs of letters, digits and combining marks) with their folded
 * form, in one linear pass. Punctuation separates words and is dropped, so "al-Assad" is the words
 * "al" "Assad" and "U.S." is "U" "S"; a possessive "'s" is dropped and marks the word before it.
 *
 * <p>Registry phrases and article text go through the same splitting, which is what makes a phrase
 * match regardless of hyphens, dots and curly apostrophes. Stateless and thread-safe.
 */
final class Words {

    /**
     * One word.
     *
     * @param raw        as written
     * @param folded     {@link Nlp#fold} of {@code raw}
     * @param start      UTF-16 index of the first char in the text
     * @param end        UTF-16 index after the last char
     * @param possessive followed by 's or ’s
     */
    record Word(String raw, String folded, int start, int end, boolean possessive) {

        boolean capitalised() {
            return Character.isUpperCase(raw.codePointAt(0));
        }

        boolean lowercase() {
            return Character.isLowerCase(raw.codePointAt(0));
        }
    }

    private Words() {
    }

    static List<Word> of(String text) {
        return of(text, 0, text.length());
    }

    static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            boolean ascii = true;
            while (i < to) {
                cp = text.codePointAt(i);
                if (!isWordChar(cp)) {
                    break;
                }
                ascii &= cp < 128;
                i += Character.charCount(cp);
            }
            String raw = text.substring(s, i);
            if (isPossessiveS(text, s, i, raw) && !out.isEmpty()) {
                Word prev = out.remove(out.size() - 1);
                out.add(new Word(prev.raw, prev.folded, prev.start, prev.end, true));
                continue;
            }
            out.add(new Word(raw, ascii ? raw.toLowerCase(Locale.ROOT) : Nlp.fold(raw), s, i, false));
        }
        return out;
    }

    private static boolean isPossessiveS(String text, int s, int e, String raw) {
        if (!(raw.equals("s") || raw.equals("S")) || s < 2) {
            return false;
        }
        char ap = text.charAt(s - 1);
        return (ap == '\'' || ap == '’') && isWordChar(text.codePointBefore(s - 1))
                && (e >= text.length() || !isWordChar(text.codePointAt(e)));
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
