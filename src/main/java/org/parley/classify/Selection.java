package org.parley.classify;

import java.util.ArrayList;
import java.util.List;
import org.parley.pipeline.QuoteRecord;

/**
 * How training chooses its learners by cross-validation: the topic learner with the highest
 * out-of-fold topic accuracy, then the stance learner and feature set (shared or crossed with the
 * topic) with the highest out-of-fold stance macro-F1, stances being scored toward the chosen topic
 * learner's out-of-fold topics. Ties go to the first candidate in {@code learners} order (shared
 * before crossed). Used by {@link Training} on all folds and by {@link NestedCrossValidation} inside
 * each outer fold, so the two choose the same way. Thread-safe (stateless).
 *
 * @param topicLearner  the chosen topic learner
 * @param topicOof      its out-of-fold topics
 * @param stanceLearner the chosen stance learner
 * @param crossed       whether the chosen stance features are crossed with the topic
 * @param stanceOof     out-of-fold topics and stances of the chosen settings
 * @param evaluation    their scores on the scored quotes
 * @param candidates    every candidate's scores, in the order tried
 */
public record Selection(Learner topicLearner, CrossValidation.Oof topicOof, Learner stanceLearner, boolean crossed,
                        CrossValidation.Oof stanceOof, Evaluation evaluation, List<Training.Candidate> candidates) {

    public Selection {
        candidates = List.copyOf(candidates);
    }

    /**
     * Cross-validates every candidate of {@code learners} on {@code cv}'s folds and picks the best.
     *
     * @param records the records {@code cv} was built on, in the same order
     * @param topics  every topic id, in taxonomy order
     */
    public static Selection choose(CrossValidation cv, List<QuoteRecord> records, List<String> topics,
                                   List<Learner> learners, long seed) {
        if (learners.isEmpty()) {
            throw new IllegalArgumentException("no learner to choose from");
        }
        List<Training.Candidate> candidates = new ArrayList<>();
        Learner topicLearner = null;
        CrossValidation.Oof topicOof = null;
        double bestTopic = -1;
        for (Learner l : learners) {
            CrossValidation.Oof oof = cv.topics(l, seed);
            ConfusionMatrix m = Evaluation.of(records, oof, topics).topic();
            candidates.add(new Training.Candidate("topic", l, false, m.accuracy(), m.macroF1(), Double.NaN));
            if (m.accuracy() > bestTopic) {
                bestTopic = m.accuracy();
                topicLearner = l;
                topicOof = oof;
            }
        }
        Learner stanceLearner = null;
        boolean crossed = false;
        Evaluation best = null;
        CrossValidation.Oof bestOof = null;
        for (Learner l : learners) {
            for (boolean c : new boolean[] {false, true}) {
                CrossValidation.Oof soof = cv.stances(topicOof, l, c, seed);
                Evaluation e = Evaluation.of(records, soof, topics);
                candidates.add(new Training.Candidate("stance", l, c, e.stance().accuracy(), e.stance().macroF1(),
                        e.stance().favg()));
                if (best == null || e.stance().macroF1() > best.stance().macroF1()) {
                    best = e;
                    bestOof = soof;
                    stanceLearner = l;
                    crossed = c;
                }
            }
        }
        return new Selection(topicLearner, topicOof, stanceLearner, crossed, bestOof, best, candidates);
    }
}
