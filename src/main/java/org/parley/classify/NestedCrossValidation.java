package org.parley.classify;

import java.util.ArrayList;
import java.util.List;
import org.parley.pipeline.QuoteRecord;

/**
 * Nested cross-validation: an honest estimate of the whole training procedure, learner choice
 * included. The plain out-of-fold figure of {@link Training} scores the learner that did best on
 * those very folds, so it is biased upward by the choice. Here, for each outer fold, the learners are
 * chosen by {@link Selection} on an inner cross-validation over the other folds only (the same fold
 * grouping, e.g. leave-one-article-out, minus the held-out fold; training-only records stay on the
 * training side), and the outer fold is then predicted by the chosen settings trained on all other
 * folds. Stance is scored toward the nested topic predictions. Not thread-safe; one instance per run.
 */
public final class NestedCrossValidation {

    /**
     * The outcome.
     *
     * @param evaluation scores of the nested out-of-fold predictions
     * @param choices    the settings chosen for each outer fold, by fold number
     */
    public record Result(Evaluation evaluation, List<Choice> choices) {
        public Result {
            choices = List.copyOf(choices);
        }
    }

    /** The settings chosen inside one outer fold. */
    public record Choice(int fold, Learner topicLearner, Learner stanceLearner, boolean crossed) {
    }

    private final Trainer trainer;
    private final List<QuoteRecord> records;
    private final List<List<String>> base;
    private final int[] fold;
    private final int threads;

    /** Same arguments as {@link CrossValidation#CrossValidation}. */
    public NestedCrossValidation(Trainer trainer, List<QuoteRecord> records, List<List<String>> base, int[] fold,
                                 int threads) {
        this.trainer = trainer;
        this.records = List.copyOf(records);
        this.base = List.copyOf(base);
        this.fold = fold.clone();
        this.threads = threads;
    }

    /** Runs the nested estimate over the candidates {@code learners}. */
    public Result run(List<Learner> learners, long seed) {
        CrossValidation outer = new CrossValidation(trainer, records, base, fold, threads);
        List<Choice> choices = new ArrayList<>();
        for (int f = 0; f < outer.folds(); f++) {
            choices.add(choose(f, learners, seed));
        }
        int n = records.size();
        CrossValidation.Oof topics = CrossValidation.Oof.empty(n);
        for (Learner l : learners) {
            if (choices.stream().noneMatch(c -> c.topicLearner() == l)) {
                continue;
            }
            CrossValidation.Oof oof = outer.topics(l, seed);
            for (int i = 0; i < n; i++) {
                if (fold[i] >= 0 && choices.get(fold[i]).topicLearner() == l) {
                    copy(oof, topics, i);
                }
            }
        }
        CrossValidation.Oof all = new CrossValidation.Oof(topics.topic(), topics.topicConfidence(), new Stance[n],
                new double[n], topics.topicDist(), new double[n][]);
        for (Learner l : learners) {
            for (boolean c : new boolean[] {false, true}) {
                if (choices.stream().noneMatch(ch -> ch.stanceLearner() == l && ch.crossed() == c)) {
                    continue;
                }
                CrossValidation.Oof oof = outer.stances(topics, l, c, seed);
                for (int i = 0; i < n; i++) {
                    if (fold[i] >= 0 && choices.get(fold[i]).stanceLearner() == l
                            && choices.get(fold[i]).crossed() == c) {
                        all.stance()[i] = oof.stance()[i];
                        all.stanceConfidence()[i] = oof.stanceConfidence()[i];
                        all.stanceDist()[i] = oof.stanceDist()[i];
                    }
                }
            }
        }
        return new Result(Evaluation.of(records, all, trainer.topics()), choices);
    }

    /** The settings {@link Selection} picks from the records outside outer fold {@code f}. */
    private Choice choose(int f, List<Learner> learners, long seed) {
        List<QuoteRecord> r = new ArrayList<>();
        List<List<String>> b = new ArrayList<>();
        List<Integer> inner = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (fold[i] != f) {
                r.add(records.get(i));
                b.add(base.get(i));
                inner.add(fold[i]);
            }
        }
        int[] innerFold = inner.stream().mapToInt(Integer::intValue).toArray();
        // Fold f has no records here, so the inner cross-validation simply has no fold f.
        CrossValidation cv = new CrossValidation(trainer, r, b, innerFold, threads);
        Selection s = Selection.choose(cv, r, trainer.topics(), learners, seed);
        return new Choice(f, s.topicLearner(), s.stanceLearner(), s.crossed());
    }

    private static void copy(CrossValidation.Oof from, CrossValidation.Oof to, int i) {
        to.topic()[i] = from.topic()[i];
        to.topicConfidence()[i] = from.topicConfidence()[i];
        to.topicDist()[i] = from.topicDist()[i];
    }
}
