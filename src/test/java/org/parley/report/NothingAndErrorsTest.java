package org.parley.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reports with nothing in them, and unknown names. */
class NothingAndErrorsTest {

    @Test
    void emptyInputSaysSoPlainly() throws Exception {
        String md = ReportFixtures.render(List.of(), ReportOptions.defaults(), ReportFormat.MARKDOWN);
        assertTrue(md.contains("## Nothing to report\n\nThere are no quotes in the input.\n"));
        assertFalse(md.contains("## Positions"));
        assertFalse(md.contains("| Topic |"));
        assertTrue(md.contains("## Method and limits"));
        var json = new ObjectMapper().readTree(ReportFixtures.render(List.of(), ReportOptions.defaults(),
                ReportFormat.JSON));
        assertEquals("There are no quotes in the input.", json.get("nothingToReport").asText());
        assertEquals(0, json.get("quotes").size());
    }

    @Test
    void filtersThatLeaveNothing() {
        String md = ReportFixtures.markdown(ReportOptions.defaults().withMinConfidence(1.0));
        assertTrue(md.contains("None of the 40 quotes in the input matches the report's filters"), md);
        assertFalse(md.contains("## Positions"));
    }

    @Test
    void chosenSpeakersWithNothingOnTheTopics() {
        String md = ReportFixtures.markdown(ReportOptions.defaults().withSpeakers(List.of("Frank Minor"))
                .withTopics(List.of("peace-talks")));
        assertTrue(md.contains("None of the selected speakers (Frank Minor) has a quote on the selected topics"
                + " in the selected period."), md);
        assertFalse(md.contains("## Side by side"));
        assertTrue(md.contains("| Anna Varga | 2 |"), "who else spoke is still shown");
    }

    @Test
    void unknownTopicFailsAtOnceListingTheValidOnes() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> PositionReport.open(
                ReportFixtures.TAXONOMY, ReportFixtures.MODEL, ReportOptions.defaults().withTopics(List.of("ceasfire")),
                Optional::of, new InMemoryEvidenceStore()));
        assertEquals("unknown topic 'ceasfire' (valid: assad-future, terrorist-designation, peace-talks, ceasefire,"
                + " fight-against-isis, russian-airstrikes, humanitarian-access, us-russia-cooperation)", e.getMessage());
        assertThrows(UnknownNameException.class, () -> PositionReport.open(ReportFixtures.TAXONOMY,
                ReportFixtures.MODEL, ReportOptions.defaults().withTopics(List.of("other")), Optional::of,
                new InMemoryEvidenceStore()), "other is not a position topic");
    }

    @Test
    void unknownSpeakerListsTheSpeakersInTheInput() {
        UnknownNameException e = assertThrows(UnknownNameException.class,
                () -> ReportFixtures.markdown(ReportOptions.defaults().withSpeakers(List.of("Varga", "Kery"))));
        assertEquals("Kery", e.name());
        assertTrue(e.getMessage().startsWith("unknown speaker 'Kery' (valid: Anna Varga, Boris Lindqvist, Clara Osei,"
                + " Daniel Moreau, Elif Sample, "), e.getMessage());
        assertTrue(e.getMessage().contains("John Kerry"));
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void speakerTheCanonicaliserKnowsButWithNoQuoteIsUnknownToo() throws Exception {
        try (PositionReport r = PositionReport.open(ReportFixtures.TAXONOMY, ReportFixtures.MODEL,
                ReportOptions.defaults().withSpeakers(List.of("Nobody Quoted")), Optional::of,
                new InMemoryEvidenceStore())) {
            ReportFixtures.fixture().forEach(r::accept);
            UnknownNameException e = assertThrows(UnknownNameException.class,
                    () -> r.write(ReportFixtures.CORPUS, ReportFormat.MARKDOWN, new StringWriter()));
            assertEquals(List.of("Anna Varga", "Boris Lindqvist", "Clara Osei", "Daniel Moreau", "Elif Sample",
                    "Frank Minor", "John Kerry", "Mevlut Cavusoglu", "Sergei Lavrov"), e.valid());
        }
    }

    @Test
    void badOptionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ReportOptions.defaults().withMinConfidence(1.5));
        assertThrows(IllegalArgumentException.class, () -> ReportOptions.defaults()
                .withPeriod(java.time.LocalDate.of(2016, 2, 1), java.time.LocalDate.of(2016, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new ModelSummary("x", "not-a-hash", null, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new CorpusSummary(1, 2, List.of(), 0, 0));
        assertEquals(ReportFormat.JSON, ReportFormat.parse("json"));
        assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("html"));
    }
}
