package org.parley.quote;

/**
 * White space as news text has it: besides ASCII and Unicode white space, the no-break spaces
 * (U+00A0, U+202F, U+2007) that scraped pages leave at line ends, which {@link String#strip()}
 * keeps. Stateless.
 */
final class Text {

    private Text() {
    }

    static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && space(s.charAt(b))) {
            b++;
        }
        while (e > b && space(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    static boolean blank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!space(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** First non-space char of {@code s}, or 0 when blank. */
    static char firstChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!space(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    /**
     * A paragraph wholly in round brackets: a stage direction of a transcript ("(Laughter.)",
     * "(The briefing was concluded at 1:47 p.m.)") or an agency's credit line ("(Reporting by …)").
     * The brackets must close only at the end, so "(Updated) Kerry said …" is not one.
     */
    static boolean stageDirection(String p) {
        String s = p.strip();
        if (s.length() < 3 || s.charAt(0) != '(' || s.charAt(s.length() - 1) != ')') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i < s.length() - 1) {
                return false;
            }
        }
        return true;
    }
}
