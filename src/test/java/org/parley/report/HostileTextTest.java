package org.parley.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.classify.Stance;
import org.parley.pipeline.QuoteRecord;
import org.parley.quote.QuoteKind;

/** Quote text, names and ids that try to break out of the markdown stay inert text. */
class HostileTextTest {

    private static final List<String> HOSTILE = List.of(
            "a | b || c \\| d",
            "<script>alert('x')</script> and <img src=x onerror=alert(1)>",
            "# Injected heading",
            "line one\n# Injected after newline\n| fake | row |\r\nlast",
            "*bold* _em_ `code` ``` fence [link](javascript:alert(1)) ![img](x.png) ~~gone~~",
            "&lt;script&gt; entity &amp; friends",
            "tab\there\u2028and\u2029separators\u0085end",
            "\\ trailing backslash \\");

    private static List<QuoteRecord> hostile() {
        List<QuoteRecord> out = new ArrayList<>();
        int i = 0;
        for (String text : HOSTILE) {
            String speaker = i % 2 == 0 ? "Evil | Name <b>" : "*Star* _Speaker_";
            out.add(new QuoteRecord("2016-01-0" + (i % 9 + 1) + "_x|y<z>_" + i, QuoteKind.DIRECT, text, speaker,
                    "mention", i, i + 1, 0, LocalDate.of(2016, 1, i % 9 + 1), "<script>Outlet</script> | x",
                    null, i % 2 == 0 ? "ceasefire" : "peace-talks", i % 3 == 0 ? Stance.OPPOSE : Stance.SUPPORT,
                    0.9, 0.9, null));
            out.add(new QuoteRecord("art" + i, QuoteKind.INDIRECT, text, null, "a | source <i>" + i, null, null,
                    null, null, "Out|let", null, "ceasefire", Stance.NEUTRAL, 0.9, 0.9, null));
            i++;
        }
        return out;
    }

    private static String render() {
        StringBuilder sb = new StringBuilder();
        try (PositionReport r = PositionReport.open(ReportFixtures.TAXONOMY, ReportFixtures.MODEL,
                ReportOptions.defaults(), Optional::of, new InMemoryEvidenceStore())) {
            hostile().forEach(r::accept);
            java.io.StringWriter w = new java.io.StringWriter();
            r.write(ReportFixtures.CORPUS, ReportFormat.MARKDOWN, w);
            sb.append(w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }

    @Test
    void tablesKeepTheirShape() {
        String md = render();
        String[] lines = md.split("\n", -1);
        int tables = 0;
        int columns = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith("|")) {
                assertFalse(line.startsWith(" |") || line.contains("| fake |"), "stray row text: " + line);
                columns = -1;
                continue;
            }
            if (columns < 0) {
                columns = MarkdownTables.cells(line).size();
                assertTrue(i + 1 < lines.length && MarkdownTables.isSeparator(lines[i + 1]), "header without separator: " + line);
                tables++;
            }
            assertEquals(columns, MarkdownTables.cells(line).size(), "row has the wrong number of cells: " + line);
        }
        assertTrue(tables >= 5, "expected the report's tables, found " + tables);
    }

    @Test
    void noHtmlAndNoInjectedBlocks() {
        String md = render();
        assertFalse(md.toLowerCase(Locale.ROOT).contains("<script"));
        assertEquals(-1, md.indexOf('<'), "the report must not contain a raw '<'");
        for (String line : md.split("\n")) {
            assertFalse(line.startsWith("# Injected"), line);
            assertFalse(line.startsWith("```"), line);
        }
        assertFalse(md.contains("\r") || md.contains("\u2028") || md.contains("\u0085"));
    }

    @Test
    void quoteTextReadsVerbatimOnceRendered() {
        String md = render();
        List<String> shown = new ArrayList<>();
        for (String line : MarkdownTables.section(md, "## Side by side")) {
            if (line.startsWith("|") && !MarkdownTables.isSeparator(line) && !line.startsWith("| Date |")) {
                shown.add(MarkdownTables.unescape(MarkdownTables.cells(line).get(2)));
            }
        }
        assertEquals(HOSTILE.size(), shown.size());
        for (String text : HOSTILE) {
            String flat = text.replaceAll("[\r\n\t\u0085\u2028\u2029]", " ");
            assertTrue(shown.contains(flat), "missing or altered: " + flat);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '→', quoteCharacter = '"', value = {
            "a|b → a\\|b",
            "<b> → &lt;b&gt;",
            "x & y → x &amp; y",
            "# h → \\# h",
            "*a* _b_ → \\*a\\* \\_b\\_",
            "`c` → \\`c\\`",
            "[l](u) → \\[l\\](u)",
            "!x → \\!x",
            "~~s~~ → \\~\\~s\\~\\~",
            "back\\slash → back\\\\slash",
            "plain text, 'quoted' (ok) 1. - → plain text, 'quoted' (ok) 1. -",
    })
    void escapes(String in, String out) {
        assertEquals(out, MarkdownText.escape(in));
    }

    @Test
    void lineBreaksBecomeSpacesAndControlsGo() {
        assertEquals("a b c d e", MarkdownText.escape("a\nb\rc\u2028d\te"));
        assertEquals("ab", MarkdownText.escape("a\u0000\u0007\u007fb"));
    }
}
