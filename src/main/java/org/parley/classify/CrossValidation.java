package org.parley.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.pipeline.QuoteRecord;

/**
 * Out-of-fold predictions: each scored quote is predicted by a model trained without its fold.
 * Quotes with fold -1 (synthetic statements) are always on the training side and never predicted.
 * Folds run in parallel on {@code threads} threads; each writes only its own quotes' slots, so the
 * result does not depend on scheduling. Not thread-safe; one instance per run.
 */
public final class CrossValidation {

    /**
     * Out-of-fold decisions, indexed like the records; null where a record is not scored. The
     * distributions ({@code topicDist} over the trainer's topics in order, {@code stanceDist} over
     * {@link Stance#values()}) are kept for calibration; null where not computed.
     */
    public record Oof(String[] topic, double[] topicConfidence, Stance[] stance, double[] stanceConfidence,
                      double[][] topicDist, double[][] stanceDist) {
        public static Oof empty(int n) {
            return new Oof(new String[n], new double[n], new Stance[n], new double[n], new double[n][],
                    new double[n][]);
        }
    }

    private final Trainer trainer;
    private final List<QuoteRecord> records;
    private final List<List<String>> base;
    private final int[] fold;
    private final int folds;
    private final int threads;

    /**
     * @param fold    fold per record, or -1 for training-only records
     * @param threads worker threads (1 = sequential)
     */
    public CrossValidation(Trainer trainer, List<QuoteRecord> records, List<List<String>> base, int[] fold,
                           int threads) {
        this.trainer = trainer;
        this.records = List.copyOf(records);
        this.base = List.copyOf(base);
        this.fold = fold.clone();
        int max = -1;
        for (int f : fold) {
            max = Math.max(max, f);
        }
        this.folds = max + 1;
        this.threads = Math.max(1, threads);
    }

    public int folds() {
        return folds;
    }

    private interface FoldTask {
        void run(int f, List<QuoteRecord> train, List<List<String>> trainBase, List<Integer> test);
    }

    private void forEachFold(FoldTask task) {
        Parallel.forEach(folds, threads, "parley-cv", "cross-validation", f -> {
            List<QuoteRecord> train = new ArrayList<>();
            List<List<String>> trainBase = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                if (fold[i] == f) {
                    test.add(i);
                } else {
                    train.add(records.get(i));
                    trainBase.add(base.get(i));
                }
            }
            if (!test.isEmpty() && !train.isEmpty()) {
                task.run(f, train, trainBase, test);
            }
        });
    }

    /** Out-of-fold topics with {@code learner}. */
    public Oof topics(Learner learner, long seed) {
        Oof out = Oof.empty(records.size());
        forEachFold((f, train, trainBase, test) -> {
            Trainer.Part part = trainer.trainTopic(train, trainBase, learner, seed);
            for (int i : test) {
                Map<String, Double> s = ParleyModel.topicScores(part.space(), part.model(), trainer.topics(),
                        base.get(i));
                String best = part.model().labels().get(0);
                for (String t : part.model().labels()) {
                    if (s.get(t) > s.get(best)) {
                        best = t;
                    }
                }
                out.topic()[i] = best;
                out.topicConfidence()[i] = s.get(best);
                double[] dist = new double[trainer.topics().size()];
                for (int c = 0; c < dist.length; c++) {
                    dist[c] = s.getOrDefault(trainer.topics().get(c), 0.0);
                }
                out.topicDist()[i] = dist;
            }
        });
        return out;
    }

    /** Out-of-fold stances toward the out-of-fold topics of {@code topics}. */
    public Oof stances(Oof topics, Learner learner, boolean crossed, long seed) {
        Oof out = new Oof(topics.topic(), topics.topicConfidence(), new Stance[records.size()],
                new double[records.size()], topics.topicDist(), new double[records.size()][]);
        forEachFold((f, train, trainBase, test) -> {
            Trainer.Part part = trainer.trainStance(train, trainBase, learner, crossed, seed);
            for (int i : test) {
                Map<Stance, Double> s = ParleyModel.stanceScores(part.space(), part.model(), crossed, base.get(i),
                        topics.topic()[i]);
                Stance best = Stance.NEUTRAL;
                for (Stance st : Stance.values()) {
                    if (s.get(st) > s.get(best)) {
                        best = st;
                    }
                }
                out.stance()[i] = best;
                out.stanceConfidence()[i] = s.get(best);
                if (!Taxonomy.OTHER.equals(topics.topic()[i])) {
                    double[] dist = new double[Stance.values().length];
                    for (Stance st : Stance.values()) {
                        dist[st.ordinal()] = s.get(st);
                    }
                    out.stanceDist()[i] = dist;
                }
            }
        });
        return out;
    }

    /**
     * The majority-class baseline: in each fold, the most frequent topic and stance among the
     * training side's scored quotes (all training quotes if none is scored), ties to the first in
     * sorted order.
     */
    public Oof baseline() {
        Oof out = Oof.empty(records.size());
        forEachFold((f, train, trainBase, test) -> {
            Map<String, Integer> t = new TreeMap<>();
            Map<String, Integer> s = new TreeMap<>();
            boolean anyScored = train.stream().anyMatch(LabeledData::scored);
            for (QuoteRecord r : train) {
                if (!anyScored || LabeledData.scored(r)) {
                    t.merge(r.topic(), 1, Integer::sum);
                    s.merge(r.stance().label(), 1, Integer::sum);
                }
            }
            String topic = argmax(t);
            Stance stance = Stance.parse(argmax(s));
            for (int i : test) {
                out.topic()[i] = topic;
                out.topicConfidence()[i] = 1.0;
                out.stance()[i] = stance;
                out.stanceConfidence()[i] = 1.0;
            }
        });
        return out;
    }

    private static String argmax(Map<String, Integer> m) {
        String best = null;
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (best == null || e.getValue() > m.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
