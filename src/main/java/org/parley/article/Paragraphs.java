package org.parley.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into paragraphs: every non-blank line, numbered from 0 (see CONVENTIONS,
 * "Text, paragraphs, offsets").
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}. A line is blank when every character
 * is white space in the Java sense, a Unicode space separator (no-break space and kin), or an
 * invisible format character (zero-width space, BOM) — scraped pages are full of lines holding
 * only a {@code &nbsp;}. A paragraph's text is its line verbatim, without the terminator and
 * without trimming, so {@code article.slice(paragraph.span())} equals {@code paragraph.text()}.
 *
 * <p>One pass over the text, linear in its length. Stateless and thread-safe.
 */
public final class Paragraphs {

    private Paragraphs() {
    }

    /** A paragraph before the furniture verdict: its code-point span and verbatim text. */
    public record Line(Span span, String text) {
    }

    /** The non-blank lines of {@code text} with their code-point spans, in order. */
    public static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        int cp = 0;
        int n = text.length();
        while (pos < n) {
            int end = FrontMatter.lineEnd(text, pos);
            int cpLen = text.codePointCount(pos, end);
            if (!isBlank(text, pos, end)) {
                out.add(new Line(new Span(cp, cp + cpLen), text.substring(pos, end)));
            }
            int next = FrontMatter.nextLineStart(text, end);
            cp += cpLen + (next - end);
            pos = next;
        }
        return out;
    }

    /** True when {@code s[start, end)} holds no visible character (see the class comment). */
    public static boolean isBlank(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }
}
