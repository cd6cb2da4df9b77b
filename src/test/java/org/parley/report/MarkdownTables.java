package org.parley.report;

import java.util.ArrayList;
import java.util.List;

/** Test helper: reads GFM table rows the way a renderer splits them, and undoes {@link MarkdownText}. */
final class MarkdownTables {

    private MarkdownTables() {
    }

    /** Cells of a table row, split on pipes not preceded by a backslash, trimmed. */
    static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        String s = row.strip();
        if (!s.startsWith("|") || !s.endsWith("|") || s.endsWith("\\|")) {
            throw new AssertionError("not a table row: " + row);
        }
        StringBuilder cur = new StringBuilder();
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cur.append(c).append(s.charAt(++i));
            } else if (c == '|') {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        return out;
    }

    static boolean isSeparator(String line) {
        return line.matches("\\|( --- \\|)+");
    }

    /** The text a renderer shows for an escaped cell. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                sb.append(s.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Lines of the section that starts with {@code heading}, up to the next heading of the same level. */
    static List<String> section(String markdown, String heading) {
        List<String> out = new ArrayList<>();
        String prefix = heading.substring(0, heading.indexOf(' ') + 1);
        boolean in = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.equals(heading)) {
                in = true;
                continue;
            }
            if (in && line.startsWith(prefix)) {
                break;
            }
            if (in) {
                out.add(line);
            }
        }
        return out;
    }
}
