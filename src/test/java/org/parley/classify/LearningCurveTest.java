package org.parley.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.pipeline.QuoteRecord;

class LearningCurveTest {

    private static final TrainSettings SVM = new TrainSettings(Learner.SVM, Learner.SVM, true, 7);

    private static Trainer trainer() {
        Taxonomy t = Fixtures.taxonomy();
        return new Trainer(t.ids(), new Features(Features.cuePhrases(t)));
    }

    /** Four articles of generated quotes, plus training-only copies of some as synthetic statements. */
    private static List<QuoteRecord> corpus(boolean withSynthetic) {
        List<QuoteRecord> records = new ArrayList<>(SyntheticCorpus.generate(160, 4, 11, 0.1));
        if (withSynthetic) {
            for (QuoteRecord r : SyntheticCorpus.generate(60, 1, 12, 0.0)) {
                records.add(new QuoteRecord(null, null, r.text(), null, null, null, null, null, null, null, null,
                        r.topic(), r.stance(), null, null, QuoteRecord.ORIGIN_SYNTHETIC));
            }
        }
        return records;
    }

    @ParameterizedTest(name = "C({0},{1}) = {2}")
    @CsvSource({"4,0,1", "4,2,6", "5,5,1", "5,6,0", "10,3,120", "60,30,118264581564861424"})
    void binomial(int n, int k, long expected) {
        assertEquals(expected, LearningCurve.binomial(n, k));
    }

    @Test
    void allSubsetsWhileFewEnoughThenDistinctSampledOnes() {
        List<Integer> items = List.of(0, 1, 2, 3, 4, 5);
        List<List<Integer>> all = LearningCurve.subsets(items, 2, 15, 1);
        assertEquals(15, all.size());
        assertEquals(List.of(0, 1), all.get(0));
        assertEquals(List.of(4, 5), all.get(14));
        assertEquals(15, new HashSet<>(all).size());

        List<List<Integer>> some = LearningCurve.subsets(items, 3, 5, 9);
        assertEquals(5, some.size());
        assertEquals(5, new HashSet<>(some).size());
        for (List<Integer> s : some) {
            assertEquals(3, s.size());
            assertEquals(3, new HashSet<>(s).size());
            assertTrue(items.containsAll(s));
        }
        assertEquals(some, LearningCurve.subsets(items, 3, 5, 9), "same seed, same subsets");
    }

    /**
     * The last point trains on every other article, exactly like leave-one-article-out cross-validation,
     * so its figures must be the cross-validated ones of the same settings.
     */
    @Test
    void theLastPointIsLeaveOneArticleOut() {
        List<QuoteRecord> records = corpus(true);
        Trainer trainer = trainer();
        List<List<String>> base = trainer.extract(records);
        List<LearningCurve.Point> curve = LearningCurve.compute(trainer, records, base, SVM, 10, 2);

        int[] fold = new int[records.size()];
        for (int i = 0; i < records.size(); i++) {
            String a = records.get(i).article();
            fold[i] = a == null ? -1 : Integer.parseInt(a.substring(a.indexOf('-') + 1));
        }
        CrossValidation cv = new CrossValidation(trainer, records, base, fold, 2);
        Evaluation e = Evaluation.of(records, cv.stances(cv.topics(Learner.SVM, 7), Learner.SVM, true, 7),
                trainer.topics());
        LearningCurve.Point last = curve.get(curve.size() - 1);
        assertEquals(3, last.articles());
        assertEquals(4, last.runs());
        assertEquals(160, last.predictions());
        assertEquals(e.topic().accuracy(), last.topicAccuracy(), 1e-12);
        assertEquals(e.stance().macroF1(), last.stanceMacroF1(), 1e-12);
    }

    @Test
    void everyHeldOutArticleIsPredictedOncePerSubset() {
        List<QuoteRecord> records = corpus(true);
        Trainer trainer = trainer();
        List<LearningCurve.Point> curve = LearningCurve.compute(trainer, records, trainer.extract(records), SVM, 10, 2);
        assertEquals(4, curve.size());
        int[] subsetsPerArticle = {1, 3, 3, 1};
        for (int k = 0; k < 4; k++) {
            LearningCurve.Point p = curve.get(k);
            assertEquals(k, p.articles());
            assertEquals(4 * subsetsPerArticle[k], p.runs());
            assertEquals(160 * subsetsPerArticle[k], p.predictions());
        }
        assertTrue(curve.get(3).topicAccuracy() > curve.get(0).topicAccuracy(),
                "learning from the articles should beat the synthetic statements alone: " + curve);
    }

    @Test
    void withoutTrainingOnlyQuotesThereIsNoZeroPoint() {
        List<QuoteRecord> records = corpus(false);
        Trainer trainer = trainer();
        List<LearningCurve.Point> curve = LearningCurve.compute(trainer, records, trainer.extract(records), SVM, 10, 2);
        assertEquals(List.of(1, 2, 3), curve.stream().map(LearningCurve.Point::articles).toList());
    }

    @Test
    void sameSeedSameCurveWhateverTheThreads() {
        List<QuoteRecord> records = corpus(true);
        Trainer trainer = trainer();
        List<List<String>> base = trainer.extract(records);
        assertEquals(LearningCurve.compute(trainer, records, base, SVM, 2, 1),
                LearningCurve.compute(trainer, records, base, SVM, 2, 2));
    }

    @Test
    void oneArticleIsNotACurve() {
        List<QuoteRecord> records = SyntheticCorpus.generate(20, 1, 3, 0.0);
        Trainer trainer = trainer();
        assertThrows(IllegalArgumentException.class,
                () -> LearningCurve.compute(trainer, records, trainer.extract(records), SVM, 10, 1));
    }

    @Test
    void trendOfALogLinearCurve() {
        List<LearningCurve.Point> points = new ArrayList<>();
        points.add(new LearningCurve.Point(0, 1, 10, 0.1, 0.1));
        for (int k = 1; k <= 4; k++) {
            points.add(new LearningCurve.Point(k, 1, 10, 0.5 + 0.1 * Math.log(k), 0.5));
        }
        assertEquals(0.1 * Math.log(2), LearningCurve.gainPerDoubling(points), 1e-12);
        OptionalDouble need = LearningCurve.articlesToReach(points, 0.75);
        assertTrue(need.isPresent());
        assertEquals(Math.exp(2.5), need.getAsDouble(), 1e-9);
        assertTrue(LearningCurve.table(points, 0.75).contains("at about 13 articles"),
                LearningCurve.table(points, 0.75));
    }

    @Test
    void aFallingOrTooShortTrendPromisesNothing() {
        List<LearningCurve.Point> falling = List.of(new LearningCurve.Point(1, 1, 10, 0.6, 0.5),
                new LearningCurve.Point(2, 1, 10, 0.5, 0.5));
        assertFalse(LearningCurve.articlesToReach(falling, 0.75).isPresent());
        List<LearningCurve.Point> one = List.of(new LearningCurve.Point(0, 1, 10, 0.4, 0.3),
                new LearningCurve.Point(1, 1, 10, 0.6, 0.5));
        assertTrue(Double.isNaN(LearningCurve.gainPerDoubling(one)));
        assertTrue(LearningCurve.table(one, 0.75).contains("Too few points"));
    }
}
