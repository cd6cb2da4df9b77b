package org.parley.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a paragraph: straight {@code "…"}, curly {@code “…”}, low-high {@code „…“}
 * (also closed by {@code ”} or a straight mark), guillemets {@code «…»} and reversed ones
 * {@code »…«} (or {@code »…»}). Single marks ({@code ‘…’}) are left alone by default: inside a
 * quotation they are nested quotes and stay part of its text; outside one the same character is far
 * more often an apostrophe (don’t, Assad’s, ’90s) than a quotation mark.
 *
 * <p>British style quotes with single marks ({@code 'We are ready,' she said}). An article is read
 * that way only when {@link #singleQuoteStyle} finds more single-quoted spans than double ones; then
 * {@link #scanSingles} reads single marks, telling them from apostrophes by position: an opening mark
 * follows a space, bracket or dash (or starts the paragraph) and precedes a letter or digit; a
 * closing mark follows a non-space and precedes no letter or digit, so "don't", "valley's" never
 * close. A mark after "s" before a space ("the ministers' plan") is a weak closer, taken only when
 * no strong one (after punctuation or another letter) follows; an opening mark with no closer in its
 * paragraph ("in the '90s") is no quotation, unless it is the paragraph's last one and the next
 * paragraph opens with a mark (a quotation over several paragraphs). One linear pass each; thread-safe (stateless).
 */
final class QuoteMarks {

    /**
     * A quotation.
     *
     * @param open   index of the opening mark
     * @param close  index of the closing mark, or the paragraph length when unclosed
     * @param closed whether a closing mark was found in the paragraph
     */
    record Region(int open, int close, boolean closed) {
        int innerStart() {
            return open + 1;
        }

        int innerEnd() {
            return close;
        }

        /** Index just past the closing mark (the paragraph end when unclosed). */
        int end() {
            return closed ? close + 1 : close;
        }
    }

    private QuoteMarks() {
    }

    static boolean isOpening(char c) {
        return c == '“' || c == '„' || c == '«' || c == '»' || c == '"';
    }

    private static char closerOf(char open) {
        return switch (open) {
            case '“', '„' -> '”';
            case '«' -> '»';
            case '»' -> '«';
            default -> '"';
        };
    }

    static List<Region> scan(String p) {
        List<Region> out = new ArrayList<>();
        int n = p.length();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (open < 0) {
                if (isOpening(c)) {
                    if (c == '"' && (i + 1 >= n || Text.space(p.charAt(i + 1)))) {
                        continue; // a stray straight mark before a space cannot open a quotation
                    }
                    open = i;
                    closer = closerOf(c);
                }
            } else if (c == closer || closesLowMark(p.charAt(open), c, p, i) || (c == '»' && p.charAt(open) == '»')) {
                out.add(new Region(open, i, true));
                open = -1;
            } else if (c == '“' && closer == '”' && i > open + 1 && Text.space(p.charAt(i - 1))) {
                // A new opening mark after a space while one is open: the earlier one was never closed.
                out.add(new Region(open, trimEnd(p, open + 1, i), false));
                open = i;
            }
        }
        if (open >= 0) {
            out.add(new Region(open, trimEnd(p, open + 1, n), false));
        }
        return out;
    }

    /**
     * A low opening mark {@code „} closes with {@code “} (German, Czech, Polish…), {@code ”} or, in
     * plain-text typing, a straight {@code "} that does not open anything (no letter right after it).
     */
    private static boolean closesLowMark(char opener, char c, String p, int i) {
        if (opener != '„') {
            return false;
        }
        return c == '“' || (c == '"' && (i + 1 >= p.length() || !Character.isLetterOrDigit(p.charAt(i + 1))));
    }

    /** Whether {@code c} may open a quotation in an article read in single-quote style. */
    static boolean isOpening(char c, boolean singles) {
        return singles ? c == '‘' || c == '\'' : isOpening(c);
    }

    /** The quotations of {@code p}, in single-quote style or not. */
    static List<Region> scan(String p, boolean singles) {
        return singles ? scanSingles(p, false) : scan(p);
    }

    /**
     * Like {@link #scan(String, boolean)}; {@code continues} says the next paragraph opens with a
     * quotation mark, so that in single-quote style the paragraph's last opening mark with no closer
     * is a quotation running on into it ('… come first. ⏎ 'We will …'), as with double marks.
     */
    static List<Region> scan(String p, boolean singles, boolean continues) {
        return singles ? scanSingles(p, continues) : scan(p);
    }

    /**
     * Whether an article's paragraphs quote with single marks: more closed single-quoted spans than
     * double-quoted ones, and at least two of them.
     */
    static boolean singleQuoteStyle(List<String> paragraphs) {
        int singles = 0;
        int doubles = 0;
        for (String p : paragraphs) {
            for (Region r : scanSingles(p, false)) {
                singles += r.closed() ? 1 : 0;
            }
            for (Region r : scan(p)) {
                doubles += r.closed() ? 1 : 0;
            }
        }
        return singles >= 2 && singles > doubles;
    }

    static List<Region> scanSingles(String p, boolean continues) {
        List<Region> out = new ArrayList<>();
        int n = p.length();
        int lastOpener = -1;
        for (int i = 0; continues && i < n; i++) {
            if (singleOpener(p, i)) {
                lastOpener = i;
            }
        }
        int i = 0;
        while (i < n) {
            if (!singleOpener(p, i)) {
                i++;
                continue;
            }
            int weak = -1;
            int strong = -1;
            for (int j = i + 2; j < n && strong < 0; j++) {
                char d = p.charAt(j);
                if ((d != '\'' && d != '’') || Text.space(p.charAt(j - 1))
                        || (j + 1 < n && Character.isLetterOrDigit(p.charAt(j + 1)))) {
                    continue;
                }
                char before = p.charAt(j - 1);
                boolean afterS = before == 's' || before == 'S';
                boolean spaceAfter = j + 1 < n && Text.space(p.charAt(j + 1));
                if (afterS && spaceAfter) {
                    weak = weak < 0 ? j : weak;
                } else {
                    strong = j;
                }
            }
            int close = strong >= 0 ? strong : weak;
            if (close < 0 && i == lastOpener && Character.isLetter(p.charAt(i + 1))) {
                out.add(new Region(i, trimEnd(p, i + 1, n), false));
                break;
            }
            if (close < 0) {
                i++;
                continue;
            }
            out.add(new Region(i, close, true));
            i = close + 1;
        }
        return out;
    }

    private static boolean singleOpener(String p, int i) {
        char c = p.charAt(i);
        int n = p.length();
        return (c == '\'' || c == '‘') && (i == 0 || Text.space(p.charAt(i - 1))
                || "([—–-\"“".indexOf(p.charAt(i - 1)) >= 0) && i + 1 < n && Character.isLetterOrDigit(p.charAt(i + 1));
    }

    private static int trimEnd(String p, int from, int to) {
        while (to > from && Text.space(p.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
