package org.parley.report;

/**
 * Makes text from articles safe inside GitHub-flavoured markdown, in a table cell or a line of prose.
 * Stateless and thread-safe.
 *
 * <p>The text still reads the same once rendered, but nothing in it can act as markup:
 * <ul>
 *   <li>{@code |} is backslash-escaped (GFM splits table cells on it, even inside code spans);</li>
 *   <li>{@code < > &} become entities, so no raw HTML tag or entity from an article reaches the page;</li>
 *   <li>{@code \ ` * _ [ ] # ~ !} are backslash-escaped: no emphasis, code span, link, image,
 *       heading or strike-through can start inside a quote;</li>
 *   <li>line breaks (CR, LF, NEL, U+2028, U+2029) and tabs become a space and other control
 *       characters are dropped, so a quote can never end a table row or start a block.</li>
 * </ul>
 */
final class MarkdownText {

    private MarkdownText() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '|', '\\', '`', '*', '_', '[', ']', '#', '~', '!' -> sb.append('\\').append(c);
                case '\n', '\r', '\t', '\u0085', '\u2028', '\u2029' -> sb.append(' ');
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
