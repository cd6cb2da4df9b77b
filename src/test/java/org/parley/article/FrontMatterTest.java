package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.text.Warning;

class FrontMatterTest {

    private static final String BODY = "The talks will resume in Geneva.\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("all four keys",
                        "---\ntitle: \"US, Russia agree\"\noutlet: AFP (via Rappler)\ndate: 2015-12-16\n"
                                + "url: https://example.org/a\n---\n" + BODY,
                        "US, Russia agree", "AFP (via Rappler)", "2015-12-16", "https://example.org/a", BODY, null),
                Arguments.of("no front matter: whole content is text, no date is a warning",
                        BODY, null, null, null, null, BODY, "a.txt: no publication date"),
                Arguments.of("only a title",
                        "---\ntitle: Only a title\n---\n" + BODY,
                        "Only a title", null, null, null, BODY, "a.txt: no publication date"),
                Arguments.of("extra keys ignored, month-name date",
                        "---\nauthor: Someone\ntags: [syria, talks]\ndate: \"December 16, 2015\"\noutlet: EA WorldView\n---\n" + BODY,
                        null, "EA WorldView", "2015-12-16", null, BODY, null),
                Arguments.of("unparsable date is a warning with its line",
                        "---\ntitle: T\ndate: sometime in 2015\n---\n" + BODY,
                        "T", null, null, null, BODY, "a.txt:line 3: unparsable date 'sometime in 2015'"),
                Arguments.of("unclosed front matter: whole content is the text",
                        "---\ntitle: T\ndate: 2015-12-16\n" + BODY,
                        null, null, null, null, "---\ntitle: T\ndate: 2015-12-16\n" + BODY,
                        "a.txt:line 1: unclosed front matter"),
                Arguments.of("invalid YAML: text after the closing line is still read",
                        "---\ntitle: T\noutlet: [unclosed\ndate: 2015-12-16\n---\n" + BODY,
                        null, null, null, null, BODY, "a.txt:line 4: invalid YAML front matter: expected ',' or ']'"),
                Arguments.of("front matter that is a list, not a mapping",
                        "---\n- a\n- b\n---\n" + BODY,
                        null, null, null, null, BODY, "a.txt:line 2: front matter is not a mapping"),
                Arguments.of("CRLF line ends, fences with trailing spaces",
                        "---  \r\ntitle: T\r\ndate: 16 Dec 2015\r\n--- \r\n" + BODY,
                        "T", null, "2015-12-16", null, BODY, null),
                Arguments.of("BOM before the front matter",
                        "\uFEFF---\ntitle: T\ndate: Dec. 16, 2015\n---\n" + BODY,
                        "T", null, "2015-12-16", null, BODY, null),
                Arguments.of("empty front matter",
                        "---\n---\n" + BODY, null, null, null, null, BODY, "a.txt: no publication date"),
                Arguments.of("a title that is a mapping is ignored with a warning",
                        "---\ntitle:\n  main: T\ndate: 2015-12-16\n---\n" + BODY,
                        null, null, "2015-12-16", null, BODY, "a.txt:line 2: front matter key 'title' is not a single value"),
                Arguments.of("a '---' line later in the text is not front matter",
                        "Intro.\n---\ntitle: T\n---\n", null, null, null, null, "Intro.\n---\ntitle: T\n---\n",
                        "no publication date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsFrontMatter(String name, String content, String title, String outlet, String date, String url,
                          String text, String warning) {
        ArticleParser.Parsed p = ArticleParser.parse(content, "a", "a.txt");
        Article a = p.article();
        assertEquals(title, a.title(), "title");
        assertEquals(outlet, a.outlet(), "outlet");
        assertEquals(date == null ? null : LocalDate.parse(date), a.date(), "date");
        assertEquals(url, a.url(), "url");
        assertEquals(text, a.text(), "text");
        List<String> ws = p.warnings().stream().map(Warning::toString).toList();
        if (warning == null) {
            assertEquals(List.of(), ws);
        } else {
            assertTrue(ws.stream().anyMatch(w -> w.startsWith(warning) || w.contains(warning)),
                    () -> "expected a warning like '" + warning + "', got " + ws);
            ws.forEach(w -> assertTrue(w.startsWith("a.txt"), w));
            ws.forEach(w -> assertTrue(!w.contains("\n"), w));
        }
        assertTrue(!a.paragraphs().isEmpty(), "the text is still read");
    }
}
