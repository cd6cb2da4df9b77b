package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    private static Article parse(String content) {
        return ArticleParser.parse(content, "a", "a.txt").article();
    }

    @Test
    void spansCountCodePointsNotChars() {
        String content = "😀 Talks resume.\n\n“We are ready,” he said.\n";
        Article a = parse(content);
        assertEquals(2, a.paragraphs().size());
        Paragraph first = a.paragraphs().get(0);
        Paragraph second = a.paragraphs().get(1);
        // "😀 Talks resume." is 16 chars but 15 code points (the emoji is a surrogate pair).
        assertEquals(new Span(0, 15), first.span());
        assertEquals(new Span(17, 17 + "“We are ready,” he said.".length()), second.span());
        assertEquals("“We are ready,” he said.", a.slice(second.span()));
        assertEquals(first.text(), a.slice(first.span()));
        int q = a.text().indexOf("We are");
        assertEquals(q - 1, a.span(q, q + 6).start());
        assertEquals("We are", a.slice(a.span(q, q + 6)));
    }

    @Test
    void spansIndexTheTextAfterFrontMatter() {
        Article a = parse("---\ntitle: T 🙂\n---\n🙂 One.\nTwo.");
        assertEquals("🙂 One.\nTwo.", a.text());
        assertEquals(new Span(0, 6), a.paragraphs().get(0).span());
        assertEquals(new Span(7, 11), a.paragraphs().get(1).span());
        assertEquals("Two.", a.slice(a.paragraphs().get(1).span()));
    }

    @Test
    void everyLineBreakStyleEndsAParagraphAndIsKeptInTheText() {
        Article a = parse("One.\r\n\r\nTwo.\rThree.\n\n\nFour.");
        assertEquals("One.\r\n\r\nTwo.\rThree.\n\n\nFour.", a.text());
        List<Paragraph> ps = a.paragraphs();
        assertEquals(List.of("One.", "Two.", "Three.", "Four."), ps.stream().map(Paragraph::text).toList());
        assertEquals(List.of(0, 1, 2, 3), ps.stream().map(Paragraph::index).toList());
        for (Paragraph p : ps) {
            assertEquals(p.text(), a.slice(p.span()));
        }
        assertEquals(new Span(8, 12), ps.get(1).span());
    }

    @Test
    void linesOfOnlySpacesNoBreakSpacesOrZeroWidthCharactersAreBlank() {
        Article a = parse("One.\n \t\n\u00a0\u00a0\n\u200b\nTwo. \u00a0\n");
        assertEquals(List.of("One.", "Two. \u00a0"), a.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(new Span(13, 19), a.paragraphs().get(1).span());
    }
}
