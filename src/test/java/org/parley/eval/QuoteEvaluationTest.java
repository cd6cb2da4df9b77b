package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.QuoteRecord;
import org.parley.quote.QuoteKind;

class QuoteEvaluationTest {

    static QuoteRecord q(String article, QuoteKind kind, String text, String speaker) {
        return new QuoteRecord(article, kind, text, speaker, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    @Test
    void pairsByWordOverlapWithinTheSameArticleOnly() {
        List<QuoteRecord> gold = List.of(
                q("a", QuoteKind.DIRECT, "We will meet again in Geneva next week,", "Anna Berg"),
                q("a", QuoteKind.INDIRECT, "the talks would resume after the holiday", "Anna Berg"),
                q("b", QuoteKind.DIRECT, "Nothing has been decided.", null));
        List<QuoteRecord> pred = List.of(
                q("a", QuoteKind.DIRECT, "We will meet again in Geneva next week", "Anna Berg"),
                q("b", QuoteKind.INDIRECT, "the talks would resume after the holiday", "Anna Berg"),
                q("b", QuoteKind.DIRECT, "Nothing has been decided.", "Somebody"));
        QuoteEvaluation ev = QuoteEvaluation.evaluate(gold, pred, 0.5);
        assertEquals(2, ev.matching().pairs().size());
        assertEquals(1, ev.matching().misses().size());
        assertEquals("the talks would resume after the holiday", ev.matching().misses().get(0).text());
        assertEquals(1, ev.matching().falseAlarms().size());
        assertEquals("b", ev.matching().falseAlarms().get(0).article());
        assertEquals(2.0 / 3, ev.overall().precision(), 1e-9);
        assertEquals(2.0 / 3, ev.overall().recall(), 1e-9);
        assertEquals(0.5, ev.attributionAccuracy(), 1e-9);
        assertEquals(1, ev.misattributed().size());
    }

    @Test
    void perKindRecallCountsGoldFoundAsAnotherKind() {
        List<QuoteRecord> gold = List.of(q("a", QuoteKind.MIXED, "it was “a baby step” forward", "X"));
        List<QuoteRecord> pred = List.of(q("a", QuoteKind.INDIRECT, "it was “a baby step” forward", "X"));
        QuoteEvaluation ev = QuoteEvaluation.evaluate(gold, pred, 0.5);
        assertEquals(1.0, ev.perKind().get(QuoteKind.MIXED).recall());
        assertEquals(0.0, ev.perKind().get(QuoteKind.MIXED).precision());
        assertEquals(1.0, ev.perKind().get(QuoteKind.INDIRECT).precision());
        assertEquals(0.0, ev.kindAccuracy());
    }

    @Test
    void speakersCompareWithoutDiacriticsAndAnonymousAgrees() {
        assertTrue(QuoteEvaluation.sameSpeaker("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"));
        assertTrue(QuoteEvaluation.sameSpeaker(null, null));
        assertEquals(false, QuoteEvaluation.sameSpeaker(null, "Russia"));
    }

    @Test
    void greedyPairingPrefersTheBestOverlap() {
        List<QuoteRecord> gold = List.of(
                q("a", QuoteKind.DIRECT, "one two three four", "X"),
                q("a", QuoteKind.DIRECT, "one two three four five six", "X"));
        List<QuoteRecord> pred = List.of(q("a", QuoteKind.DIRECT, "one two three four five six", "X"));
        QuoteMatcher.Matching m = new QuoteMatcher(0.5).match(gold, pred);
        assertEquals(1, m.pairs().size());
        assertEquals("one two three four five six", m.pairs().get(0).gold().text());
        assertEquals(1.0, m.pairs().get(0).overlap(), 1e-9);
    }

    @Test
    void scoresRejectImpossibleCountsAndHandleEmptySides() {
        assertThrows(IllegalArgumentException.class, () -> Scores.of(3, 2, 5));
        assertThrows(IllegalArgumentException.class, () -> new QuoteMatcher(0));
        assertEquals(1.0, Scores.of(0, 0, 0).f1());
        assertEquals(0.0, Scores.of(0, 0, 4).f1());
        assertEquals(0.8, Scores.of(4, 5, 5).f1(), 1e-9);
    }
}
