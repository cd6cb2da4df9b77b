package org.parley.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stretch of a paragraph into {@link Token}s: words (letters and digits, with inner
 * apostrophes, hyphens, dots and digit commas: "Assad’s", "al-Assad", "U.S.", "5,000"), single
 * punctuation marks, and quotations as single tokens. Linear; stateless and thread-safe.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /** Tokens of {@code p[from, to)}; {@code regions} are the paragraph's quotations in order. */
    static List<Token> tokenize(String p, int from, int to, List<QuoteMarks.Region> regions) {
        List<Token> out = new ArrayList<>();
        int ri = firstRegionAtOrAfter(regions, from);
        int i = from;
        while (i < to) {
            if (ri < regions.size() && regions.get(ri).open() == i) {
                QuoteMarks.Region r = regions.get(ri++);
                out.add(Token.quote(p, r));
                i = Math.max(i + 1, r.end());
                continue;
            }
            int cp = p.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF) {
                i += Character.charCount(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                int j = wordEnd(p, i, to);
                out.add(Token.word(p, i, j));
                i = j;
            } else {
                int j = i + Character.charCount(cp);
                out.add(Token.punct(p, i, j));
                i = j;
            }
            while (ri < regions.size() && regions.get(ri).open() < i) {
                ri++;
            }
        }
        return out;
    }

    private static int firstRegionAtOrAfter(List<QuoteMarks.Region> regions, int from) {
        int lo = 0;
        int hi = regions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (regions.get(mid).open() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int wordEnd(String p, int i, int to) {
        int j = i;
        while (j < to) {
            int cp = p.codePointAt(j);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                j += Character.charCount(cp);
                continue;
            }
            char c = p.charAt(j);
            boolean joiner = c == '\'' || c == '’' || c == '-' || c == '‐' || c == '.' || c == '&'
                    || (c == ',' && j > i && Character.isDigit(p.charAt(j - 1)));
            if (joiner && j + 1 < to && Character.isLetterOrDigit(p.codePointAt(j + 1))) {
                if (c == ',' && !Character.isDigit(p.charAt(j + 1))) {
                    break;
                }
                j++;
                continue;
            }
            if ((c == '’' || c == '\'') && p.charAt(j - 1) == 's' && (j + 1 >= to || Text.space(p.charAt(j + 1)))) {
                j++; // plural possessive: "the dockworkers’ union"
                break;
            }
            if (c == '.' && isInitialism(p, i, j)) {
                j++; // the final dot of "U.S." belongs to the word
            }
            break;
        }
        return j;
    }

    /** "U.S", "U.N", "E.U": single letters separated by dots. */
    private static boolean isInitialism(String p, int i, int j) {
        if (j - i < 3) {
            return false;
        }
        for (int k = i; k < j; k++) {
            boolean letterSlot = (k - i) % 2 == 0;
            char c = p.charAt(k);
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return (j - i) % 2 == 1;
    }
}
