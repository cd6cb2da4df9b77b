package org.parley.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every matrix cell and every shift can be checked against the quotes the report lists: the test reads
 * the generated markdown and JSON back, as an analyst would, and counts.
 */
class TraceabilityTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    static Stream<ReportOptions> options() {
        return Stream.of(ReportOptions.defaults(),
                ReportOptions.defaults().withTopSpeakers(8),
                ReportOptions.defaults().withSpeakers(List.of("kerry", "Varga", "Boris Lindqvist")),
                ReportOptions.defaults().withPeriod(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 31)),
                ReportOptions.defaults().withMinConfidence(0.7).withTopics(List.of("ceasefire", "peace-talks")));
    }

    @ParameterizedTest
    @MethodSource("options")
    void markdownCellsEqualListedQuotes(ReportOptions options) {
        String md = ReportFixtures.markdown(options);
        Map<String, Integer> cells = matrix(md);
        Map<String, List<List<String>>> listed = listed(md);
        assertFalse(cells.isEmpty());
        int nonEmpty = 0;
        for (var e : cells.entrySet()) {
            int listedRows = listed.getOrDefault(e.getKey(), List.of()).size();
            assertEquals(e.getValue(), listedRows, "cell " + e.getKey());
            nonEmpty += e.getValue() > 0 ? 1 : 0;
        }
        assertTrue(nonEmpty > 0);
        assertTrue(cells.keySet().containsAll(listed.keySet()), "listed quotes outside the matrix");
    }

    @ParameterizedTest
    @MethodSource("options")
    void shiftsAreBackedByListedQuotes(ReportOptions options) {
        String md = ReportFixtures.markdown(options);
        Map<String, List<List<String>>> listed = listed(md);
        for (String line : MarkdownTables.section(md, "## Change over time")) {
            if (!line.startsWith("|") || MarkdownTables.isSeparator(line) || line.startsWith("| Speaker |")) {
                continue;
            }
            List<String> c = MarkdownTables.cells(line);
            String key = c.get(1) + " / " + c.get(0);
            String to = c.get(3);
            String since = c.get(4);
            String until = c.get(5);
            int quotes = Integer.parseInt(c.get(6));
            long backing = listed.get(key).stream()
                    .filter(r -> r.get(1).equals(to) && !r.get(6).endsWith("?") && !r.get(0).equals("undated")
                            && r.get(0).compareTo(since) >= 0 && r.get(0).compareTo(until) <= 0)
                    .count();
            assertTrue(quotes >= 2, line);
            assertEquals(backing, quotes, "shift " + line);
        }
    }

    @ParameterizedTest
    @MethodSource("options")
    void jsonHasTheSameCountsAsMarkdown(ReportOptions options) throws Exception {
        String md = ReportFixtures.markdown(options);
        JsonNode json = new ObjectMapper().readTree(
                ReportFixtures.render(ReportFixtures.fixture(), options, ReportFormat.JSON));
        Map<String, String> names = new TreeMap<>();
        json.get("topics").forEach(t -> names.put(t.get("id").asText(), t.get("name").asText()));
        Map<String, Integer> listedJson = new TreeMap<>();
        for (JsonNode group : json.get("quotes")) {
            String key = names.get(group.get("topic").asText()) + " / " + group.get("speaker").asText();
            listedJson.put(key, group.get("quotes").size());
            for (JsonNode q : group.get("quotes")) {
                assertEquals(group.get("speaker").asText(), q.get("speaker").asText());
            }
        }
        Map<String, Integer> cellsJson = new TreeMap<>();
        for (JsonNode row : json.get("matrix")) {
            for (JsonNode cell : row.get("cells")) {
                String key = names.get(row.get("topic").asText()) + " / " + cell.get("speaker").asText();
                int n = cell.get("quotes").asInt();
                int sum = 0;
                for (String part : List.of("confident", "uncertain")) {
                    for (String s : List.of("support", "oppose", "neutral")) {
                        sum += cell.get(part).get(s).asInt();
                    }
                }
                assertEquals(n, sum, key);
                assertEquals(n, listedJson.getOrDefault(key, 0).intValue(), "json cell " + key);
                cellsJson.put(key, n);
            }
        }
        assertEquals(matrix(md), cellsJson);
        assertEquals(json.get("shifts").size(), shiftRows(md));
    }

    /** "Topic name / Speaker" → sum of the numbers in the matrix cell. */
    static Map<String, Integer> matrix(String md) {
        Map<String, Integer> out = new TreeMap<>();
        List<String> header = null;
        for (String line : MarkdownTables.section(md, "## Positions")) {
            if (!line.startsWith("|") || MarkdownTables.isSeparator(line)) {
                continue;
            }
            List<String> c = MarkdownTables.cells(line);
            if (header == null) {
                header = c;
                continue;
            }
            for (int i = 2; i < c.size(); i++) {
                int sum = 0;
                Matcher m = NUMBER.matcher(c.get(i));
                while (m.find()) {
                    sum += Integer.parseInt(m.group());
                }
                out.put(MarkdownTables.unescape(c.get(0)) + " / " + MarkdownTables.unescape(header.get(i)), sum);
            }
        }
        return out;
    }

    /** "Topic name / Speaker" → the listed rows (Date, Stance, Quote, Kind, Outlet, Article, Confidence). */
    static Map<String, List<List<String>>> listed(String md) {
        Map<String, List<List<String>>> out = new TreeMap<>();
        String topic = null;
        String speaker = null;
        for (String line : MarkdownTables.section(md, "## Side by side")) {
            if (line.startsWith("### ")) {
                topic = MarkdownTables.unescape(line.substring(4));
                speaker = null;
            } else if (line.startsWith("#### ")) {
                speaker = MarkdownTables.unescape(line.substring(5, line.indexOf(": ")));
            } else if (line.startsWith("|") && !MarkdownTables.isSeparator(line) && !line.startsWith("| Date |")) {
                out.computeIfAbsent(topic + " / " + speaker, k -> new ArrayList<>()).add(MarkdownTables.cells(line));
            }
        }
        return out;
    }

    private static int shiftRows(String md) {
        return (int) MarkdownTables.section(md, "## Change over time").stream()
                .filter(l -> l.startsWith("|") && !MarkdownTables.isSeparator(l) && !l.startsWith("| Speaker |"))
                .count();
    }
}
