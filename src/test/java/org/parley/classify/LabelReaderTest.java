package org.parley.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.QuoteRecord;

class LabelReaderTest {

    private final LabelReader lenient = new LabelReader(Fixtures.taxonomy(), false);
    private final LabelReader strict = new LabelReader(Fixtures.taxonomy(), true);

    @Test
    void readsJsonlWithOriginAndContext() {
        LabeledData d = lenient.read(List.of(Fixtures.resource("small.jsonl")));
        assertEquals(22, d.records().size());
        assertTrue(d.problems().isEmpty());
        QuoteRecord first = d.records().get(0);
        assertEquals("ceasefire", first.topic());
        assertEquals(Stance.SUPPORT, first.stance());
        assertTrue(first.context().startsWith("Alda Moreno told reporters"));
        assertEquals(4, d.records().stream().filter(r -> !LabeledData.scored(r)).count());
        assertEquals(64, d.sources().get(0).sha256().length());
    }

    @Test
    void readsCsvWithOptionalColumnsAndMultiLineFields() {
        LabeledData d = lenient.read(List.of(Fixtures.resource("small.csv")));
        assertEquals(List.of(), d.problems());
        assertEquals(4, d.records().size());
        assertEquals("We support a ceasefire, and we say so plainly.", d.records().get(0).text());
        assertEquals("Alda Moreno said: We support a ceasefire.", d.records().get(0).context());
        assertNull(d.records().get(1).context());
        assertEquals("A quote that spans\ntwo lines of the file.", d.records().get(2).text());
        assertEquals(QuoteRecord.ORIGIN_SYNTHETIC, d.records().get(3).origin());
        assertEquals("c1", d.records().get(0).article());
    }

    @Test
    void badJsonlRowsAreReportedWithFileAndLine() {
        Path f = Fixtures.resource("bad.jsonl");
        LabeledData d = lenient.read(List.of(f));
        assertEquals(2, d.records().size());
        List<String> p = d.problems();
        assertEquals(6, p.size(), p.toString());
        assertEquals(f + ":2: unknown topic 'weather' (not in the taxonomy)", p.get(0));
        assertEquals(f + ":3: missing 'text'", p.get(1));
        assertEquals(f + ":4: unknown stance 'positive' (expected support, oppose or neutral)", p.get(2));
        assertTrue(p.get(3).startsWith(f + ":5: malformed JSON"), p.get(3));
        assertEquals(f + ":6: topic 'other' takes stance neutral, got 'oppose'", p.get(4));
        assertEquals(f + ":7: missing 'stance'", p.get(5));
    }

    @Test
    void badCsvRowsAreReportedWithFileAndLine() {
        Path f = Fixtures.resource("bad.csv");
        LabeledData d = lenient.read(List.of(f));
        assertEquals(2, d.records().size());
        assertEquals(List.of(f + ":3: unknown topic 'weather' (not in the taxonomy)", f + ":4: missing 'text'",
                f + ":5: unknown stance 'positive' (expected support, oppose or neutral)"), d.problems());
    }

    @Test
    void strictFailsOnTheFirstBadRow() {
        Path f = Fixtures.resource("bad.jsonl");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> strict.read(List.of(f)));
        assertEquals(f + ":2: unknown topic 'weather' (not in the taxonomy)", e.getMessage());
    }

    @Test
    void csvWithoutTheRequiredColumnsIsRejected() {
        Path f = Fixtures.resource("nohead.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lenient.read(List.of(f)));
        assertEquals(f + ":1: CSV header lacks the column 'topic' (required: text,topic,stance)", e.getMessage());
    }

    @Test
    void unknownFileTypeIsRejected() {
        Path f = Fixtures.TAXONOMY;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lenient.read(List.of(f)));
        assertTrue(e.getMessage().contains("unknown label format"));
    }
}
