package org.parley.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes markdown lines and table rows; lines end with {@code \n} on every platform so reports are
 * byte-identical everywhere. Cells must already be escaped. Not thread-safe.
 */
final class MarkdownOut {

    private final Writer out;

    MarkdownOut(Writer out) {
        this.out = out;
    }

    void line(String s) throws IOException {
        out.write(s);
        out.write('\n');
    }

    void row(List<String> cells) throws IOException {
        out.write("| " + String.join(" | ", cells) + " |\n");
    }

    void separator(int columns) throws IOException {
        out.write("|" + " --- |".repeat(columns) + "\n");
    }

    /** A header row and its separator. */
    void head(List<String> cells) throws IOException {
        row(cells);
        separator(cells.size());
    }
}
