package org.parley.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a paragraph: straight {@code "…"}, curly {@code “…”}, low-high {@code „…“}
 * and guillemets {@code «…»}. Single marks ({@code ‘…’}) are left alone: inside a quotation they
 * are nested quotes and stay part of its text; outside one the same character is far more often an
 * apostrophe (don’t, Assad’s, ’90s) than a quotation mark. One linear pass; thread-safe (stateless).
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
        return c == '“' || c == '„' || c == '«' || c == '"';
    }

    private static char closerOf(char open) {
        return switch (open) {
            case '“', '„' -> '”';
            case '«' -> '»';
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
            } else if (c == closer || (closer == '”' && p.charAt(open) == '„' && c == '“')) {
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

    private static int trimEnd(String p, int from, int to) {
        while (to > from && Text.space(p.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
