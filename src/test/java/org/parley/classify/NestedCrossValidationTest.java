package org.parley.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NestedCrossValidationTest {

    private static Training.Options options(Learner learner) {
        return new Training.Options(List.of(Fixtures.resource("small.jsonl"), Fixtures.resource("small.csv")),
                Fixtures.TAXONOMY, null, 3, 42, learner, false, false, 2);
    }

    /**
     * With one learner there is no topic choice, so the nested topic figures must be the plain ones; the
     * stance figures too wherever every outer fold chose the same (shared or crossed) stance features as
     * the plain run.
     */
    @Test
    void withASingleLearnerTheNestedFiguresAreThePlainOnes() {
        int stanceCompared = 0;
        for (Learner l : Learner.values()) {
            Training.Result plain = Training.run(options(l), new PrintWriter(new StringWriter()));
            NestedCrossValidation.Result nested = Training.nested(options(l));
            assertEquals(plain.cv().topic().accuracy(), nested.evaluation().topic().accuracy(), l.label());
            assertEquals(plain.cv().topic().macroF1(), nested.evaluation().topic().macroF1(), l.label());
            assertEquals(plain.cv().scored(), nested.evaluation().scored(), l.label());
            for (NestedCrossValidation.Choice c : nested.choices()) {
                assertEquals(l, c.topicLearner());
                assertEquals(l, c.stanceLearner());
            }
            if (nested.choices().stream().allMatch(c -> c.crossed() == plain.settings().stanceCrossed())) {
                assertEquals(plain.cv().stance().macroF1(), nested.evaluation().stance().macroF1(), l.label());
                stanceCompared++;
            }
        }
        assertTrue(stanceCompared > 0, "no learner chose the same stance features in every fold");
    }

    @Test
    void everyOuterFoldGetsItsOwnChoiceAndEveryScoredQuoteIsPredictedOnce() {
        Training.Result plain = Training.run(options(null), new PrintWriter(new StringWriter()));
        NestedCrossValidation.Result nested = Training.nested(options(null));
        assertEquals(3, nested.choices().size());
        for (int f = 0; f < 3; f++) {
            assertEquals(f, nested.choices().get(f).fold());
        }
        assertEquals(plain.cv().scored(), nested.evaluation().scored());
        assertTrue(nested.evaluation().topic().accuracy() >= 0 && nested.evaluation().topic().accuracy() <= 1);
    }

    /**
     * The nested leave-one-article-out figure on the seed corpus (learner chosen inside each outer fold).
     * Slow (about six plain cross-validations), so on request: {@code -Dparley.nested=true}.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "parley.nested", matches = "true")
    void seedCorpusNestedLeaveOneArticleOut() {
        NestedCrossValidation.Result r = Training.nested(new Training.Options(
                List.of(Path.of("corpus/labeled/seed-articles.jsonl"), Path.of("corpus/labeled/synthetic.jsonl")),
                Fixtures.TAXONOMY, null, 10, 42, null, true, true, 2));
        assertEquals(99, r.evaluation().scored());
        assertEquals(5, r.choices().size());
        System.out.printf(java.util.Locale.ROOT, "NESTED LOAO topic accuracy %.3f, stance macro-F1 %.3f%n",
                r.evaluation().topic().accuracy(), r.evaluation().stance().macroF1());
        r.choices().forEach(c -> System.out.println("NESTED fold " + c));
    }
}
