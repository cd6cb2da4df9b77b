package org.parley.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.parley.article.Article;
import org.parley.article.Paragraph;
import org.parley.article.Span;

/**
 * Test-only article factory: paragraphs are the non-blank lines of the text (CONVENTIONS.md), spans
 * in code points; a paragraph is furniture when {@code furniture} says so. The real reader lives in
 * another package and is not needed to test extraction.
 */
final class TestArticles {

    private TestArticles() {
    }

    static Article of(String text) {
        return of("test", text, s -> false);
    }

    static Article of(String id, String text, Predicate<String> furniture) {
        List<Paragraph> ps = new ArrayList<>();
        int i = 0;
        int index = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int lineEnd = end > i && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = text.substring(i, lineEnd);
            if (!line.isBlank()) {
                int s = text.codePointCount(0, i);
                Span span = new Span(s, s + line.codePointCount(0, line.length()));
                ps.add(new Paragraph(index++, span, line, furniture.test(line)));
            }
            i = nl < 0 ? text.length() : nl + 1;
        }
        return new Article(id, null, null, null, null, text, ps, id + ".txt");
    }

    /** A seed file: the text after the YAML front matter, as CONVENTIONS.md defines it. */
    static Article seed(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        if (content.startsWith("---")) {
            int close = content.indexOf("\n---", 3);
            int after = content.indexOf('\n', close + 4);
            content = after < 0 ? "" : content.substring(after + 1);
        }
        String name = file.getFileName().toString();
        return of(name.substring(0, name.length() - 4), content, s -> false);
    }
}
