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
import org.junit.jupiter.api.Test;

/** Speaker, topic, period and confidence filters, and the default speaker selection. */
class FilterTest {

    private static List<String> columns(String md) {
        for (String line : MarkdownTables.section(md, "## Positions")) {
            if (line.startsWith("| Topic |")) {
                List<String> c = MarkdownTables.cells(line);
                return c.subList(2, c.size());
            }
        }
        throw new AssertionError("no matrix");
    }

    private static List<String> rows(String md) {
        List<String> out = new ArrayList<>();
        for (String line : MarkdownTables.section(md, "## Positions")) {
            if (line.startsWith("|") && !line.startsWith("| Topic |") && !MarkdownTables.isSeparator(line)) {
                out.add(MarkdownTables.cells(line).get(0));
            }
        }
        return out;
    }

    private static JsonNode json(ReportOptions o) throws Exception {
        return new ObjectMapper().readTree(ReportFixtures.render(ReportFixtures.fixture(), o, ReportFormat.JSON));
    }

    @Test
    void defaultSpeakersAreTheMostQuotedTiesByName() {
        // Anna Varga and Boris Lindqvist have 8 position quotes each, Daniel Moreau and Elif Sample 4 each
        assertEquals(List.of("Anna Varga", "Boris Lindqvist", "Clara Osei", "Daniel Moreau"),
                columns(ReportFixtures.markdown(ReportOptions.defaults().withTopSpeakers(4))));
        assertEquals(List.of("Anna Varga"), columns(ReportFixtures.markdown(ReportOptions.defaults().withTopSpeakers(1))));
    }

    @Test
    void chosenSpeakersResolveAliasesKeepTheirOrderAndDropDuplicates() {
        String md = ReportFixtures.markdown(ReportOptions.defaults()
                .withSpeakers(List.of("osei", "Lindqvist", "clara osei")));
        assertEquals(List.of("Clara Osei", "Boris Lindqvist"), columns(md));
        assertTrue(md.contains("- **Speakers:** Clara Osei, Boris Lindqvist (as chosen)."));
        // the rest are other speakers now, with position and `other` quotes together
        assertTrue(md.contains("| Anna Varga | 9 |"), md);
        assertFalse(md.contains("#### Anna Varga"));
    }

    @Test
    void topicFilterKeepsOnlyThoseRowsAndDropsOther() {
        String md = ReportFixtures.markdown(ReportOptions.defaults().withTopics(List.of("peace-talks", "ceasefire")));
        assertEquals(List.of("Peace talks", "Ceasefire"), rows(md), "taxonomy order, not the order typed");
        assertEquals(List.of("Anna Varga", "Boris Lindqvist", "Clara Osei", "Frank Minor", "Sergei Lavrov"),
                columns(md));
        assertFalse(md.contains("on no listed topic (`other`"));
        assertTrue(md.contains("0 on no listed topic"));
    }

    @Test
    void periodKeepsUndatedQuotesAndCountsTheRestOut() throws Exception {
        ReportOptions o = ReportOptions.defaults().withPeriod(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 31));
        String md = ReportFixtures.markdown(o);
        assertTrue(md.contains("(chosen: 2016-01-01 to 2016-01-31)"));
        assertTrue(md.contains("3 quotes from articles without a date are included"));
        // outside: Anna's four ceasefire quotes (December, February), Boris's February and December ones,
        // Daniel's two December ones and the three December seed quotes
        assertTrue(md.contains("- **Left out:** 1 without a topic or stance, 11 outside the period."), md);
        assertTrue(md.contains("Every delegation that wants to negotiate is welcome at the table."), "undated kept");
        assertFalse(md.contains("We see no point in a truce"));
        assertFalse(md.contains("## Change over time\n\n| Speaker"), "the only shift lies outside the period");
        JsonNode j = json(o);
        assertEquals("2016-01-01", j.get("period").get("first").asText());
        assertEquals("2016-01-30", j.get("period").get("last").asText());
        assertEquals(11, j.get("counts").get("outsidePeriod").asInt());
        assertEquals(3, j.get("period").get("undatedQuotes").asInt());
    }

    @Test
    void minimumConfidenceLeavesQuotesOutAndSaysHowMany() throws Exception {
        ReportOptions o = ReportOptions.defaults().withMinConfidence(0.7);
        String md = ReportFixtures.markdown(o);
        // below 0.70: 0.66, 0.40, 0.45, 0.60, 0.30, 0.65
        assertTrue(md.contains("6 below the minimum confidence 0.70"), md);
        assertFalse(md.contains("A transition without a change at the top"));
        assertFalse(md.contains("the air raids were lawful"));
        assertEquals(6, json(o).get("counts").get("belowMinConfidence").asInt());
        // 0.70 itself is kept
        assertTrue(md.contains("We return to the talks with confidence."));
    }

    @Test
    void quotesBelowTheModelThresholdAreKeptButMarked() throws Exception {
        JsonNode j = json(ReportOptions.defaults());
        Map<String, JsonNode> cells = new java.util.TreeMap<>();
        j.get("matrix").forEach(r -> r.get("cells").forEach(c -> cells.put(r.get("topic").asText() + "/"
                + c.get("speaker").asText(), c)));
        JsonNode aid = cells.get("humanitarian-access/Anna Varga");
        assertTrue(aid.get("uncertainOnly").asBoolean());
        assertEquals("neutral", aid.get("position").asText());
        JsonNode strikes = cells.get("russian-airstrikes/Daniel Moreau");
        assertFalse(strikes.get("uncertainOnly").asBoolean());
        assertEquals(1, strikes.get("uncertain").get("support").asInt());
        assertEquals(1, strikes.get("confident").get("support").asInt());
        String md = ReportFixtures.markdown(ReportOptions.defaults());
        assertTrue(md.contains("| Humanitarian access | Aid must reach besieged areas and detainees must be released."
                + " | ? ● neutral (1) |"));
        assertTrue(md.contains("| the air raids were lawful | indirect | Placeholder Daily |"
                + " 2015-12-31\\_daily\\_strikes-2 | 0.30 ? |"));
    }

    @Test
    void mixedAndTiedCells() {
        String md = ReportFixtures.markdown(ReportOptions.defaults());
        Map<String, Integer> m = TraceabilityTest.matrix(md);
        assertEquals(4, m.get("Ceasefire / Anna Varga"));
        assertTrue(md.contains("| Ceasefire | A ceasefire or cessation of hostilities should be reached and held."
                + " | ◆ mixed · ▲ 2 · ▼ 2 | ▲ support (2) |"));
        assertTrue(md.contains("| ▼ oppose (2) · ▲ 1 |"), "1 against 2 is an outlier, not mixed");
    }
}
