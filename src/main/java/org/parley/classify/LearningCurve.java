package org.parley.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parley.pipeline.QuoteRecord;

/**
 * How leave-one-article-out quality grows with the number of real articles the model learns from:
 * for every held-out article and every k from 0 to n−1, models are trained on the training-only
 * (synthetic) quotes plus the quotes of k of the other articles, and predict the held-out article.
 * Each point pools all those predictions. It answers the question a labeling team asks — "would
 * labeling more articles help, and roughly how many?" — which one cross-validated figure cannot.
 *
 * <p>All subsets of the other articles are used while there are at most {@code maxSubsets} of them
 * for a given k; beyond that, {@code maxSubsets} distinct subsets are drawn with the seed, so the
 * work stays at most n × n × maxSubsets trainings and the result is deterministic. Articles are the
 * groups of {@link Folds#byGroup}: a scored quote without an article is a group of its own.
 * Thread-safe (stateless); training runs on {@code threads} threads, each writing its own slot.
 */
public final class LearningCurve {

    /**
     * One point of the curve.
     *
     * @param articles      real articles trained on (besides the synthetic quotes)
     * @param runs          trainings pooled into this point (held-out article × subset)
     * @param predictions   held-out quotes predicted, over all runs
     * @param topicAccuracy pooled topic accuracy
     * @param stanceMacroF1 pooled macro-F1 of the stance toward the predicted topic
     */
    public record Point(int articles, int runs, int predictions, double topicAccuracy, double stanceMacroF1) {
        public Point {
            if (articles < 0 || runs < 1 || predictions < 1) {
                throw new IllegalArgumentException("a point needs articles >= 0 and at least one run and prediction");
            }
        }
    }

    private LearningCurve() {
    }

    /**
     * Computes the curve: one point per k, except k = 0 when there are no training-only quotes.
     *
     * @param base       base features of {@code records}, same order
     * @param settings   learners and seed of every training (calibration does not matter here)
     * @param maxSubsets at most this many subsets per held-out article and k (at least 1)
     * @throws IllegalArgumentException with fewer than two articles of scored quotes
     */
    public static List<Point> compute(Trainer trainer, List<QuoteRecord> records, List<List<String>> base,
                                      TrainSettings settings, int maxSubsets, int threads) {
        if (maxSubsets < 1) {
            throw new IllegalArgumentException("maxSubsets must be at least 1, got " + maxSubsets);
        }
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (LabeledData.scored(records.get(i))) {
                scored.add(i);
            }
        }
        int[] groupOfScored = Folds.byGroup(scored.stream().map(records::get).toList(), QuoteRecord::article);
        int[] group = new int[records.size()];
        java.util.Arrays.fill(group, -1);
        int n = 0;
        for (int j = 0; j < scored.size(); j++) {
            group[scored.get(j)] = groupOfScored[j];
            n = Math.max(n, groupOfScored[j] + 1);
        }
        if (n < 2) {
            throw new IllegalArgumentException("a learning curve needs scored quotes from at least 2 articles");
        }
        List<Run> runs = new ArrayList<>();
        for (int held = 0; held < n; held++) {
            List<Integer> others = new ArrayList<>();
            for (int g = 0; g < n; g++) {
                if (g != held) {
                    others.add(g);
                }
            }
            for (int k = 0; k < n; k++) {
                for (List<Integer> subset : subsets(others, k, maxSubsets, settings.seed() * 31 + held * 1009L + k)) {
                    runs.add(new Run(held, k, subset));
                }
            }
        }
        List<List<String[]>> outcome = runAll(runs, trainer, records, base, group, settings, threads);
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            ConfusionMatrix topic = new ConfusionMatrix(trainer.topics());
            ConfusionMatrix stance = new ConfusionMatrix(Evaluation.stanceLabels());
            int count = 0;
            for (int r = 0; r < runs.size(); r++) {
                if (runs.get(r).k() == k) {
                    count++;
                    for (String[] gp : outcome.get(r)) {
                        topic.add(gp[0], gp[1]);
                        stance.add(gp[2], gp[3]);
                    }
                }
            }
            if (topic.total() > 0) {
                points.add(new Point(k, count, topic.total(), topic.accuracy(), stance.macroF1()));
            }
        }
        return List.copyOf(points);
    }

    /**
     * Where the log-linear trend of topic accuracy over the points with at least one article
     * (accuracy = a + b·ln k, least squares) reaches {@code target}: a rough answer to "how many
     * labeled articles would it take", valid only as far as the trend holds.
     *
     * @return the number of articles, or empty when fewer than two such points exist or the trend
     *         does not rise
     */
    public static java.util.OptionalDouble articlesToReach(List<Point> points, double target) {
        double[] t = trend(points);
        if (t == null || !(t[1] > 0)) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(Math.exp((target - t[0]) / t[1]));
    }

    /** Gain in topic accuracy per doubling of the articles, from the same trend; NaN without one. */
    public static double gainPerDoubling(List<Point> points) {
        double[] t = trend(points);
        return t == null ? Double.NaN : t[1] * Math.log(2);
    }

    /** {a, b} of accuracy = a + b·ln k over the points with k >= 1, or null with fewer than two. */
    private static double[] trend(List<Point> points) {
        List<Point> used = points.stream().filter(p -> p.articles() >= 1).toList();
        if (used.size() < 2) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (Point p : used) {
            mx += Math.log(p.articles());
            my += p.topicAccuracy();
        }
        mx /= used.size();
        my /= used.size();
        double sxy = 0;
        double sxx = 0;
        for (Point p : used) {
            double dx = Math.log(p.articles()) - mx;
            sxy += dx * (p.topicAccuracy() - my);
            sxx += dx * dx;
        }
        double b = sxy / sxx;
        return new double[] {my - b * mx, b};
    }

    /** The curve as a plain-text table, with the trend line under it. */
    public static String table(List<Point> points, double target) {
        StringBuilder sb = new StringBuilder(
                "Learning curve (leave-one-article-out; the synthetic quotes are always trained on, never scored)\n");
        sb.append(String.format(java.util.Locale.ROOT, "%8s %6s %11s %9s %15s%n", "articles", "runs", "predictions",
                "topic acc", "stance macro-F1"));
        for (Point p : points) {
            sb.append(String.format(java.util.Locale.ROOT, "%8d %6d %11d %9.3f %15.3f%n", p.articles(), p.runs(),
                    p.predictions(), p.topicAccuracy(), p.stanceMacroF1()));
        }
        double gain = gainPerDoubling(points);
        if (Double.isNaN(gain)) {
            sb.append("Too few points for a trend.\n");
            return sb.toString();
        }
        sb.append(String.format(java.util.Locale.ROOT, "Trend (topic accuracy = a + b ln articles, articles >= 1): "
                + "%+.3f per doubling of the articles", gain));
        java.util.OptionalDouble need = articlesToReach(points, target);
        if (need.isPresent()) {
            sb.append(String.format(java.util.Locale.ROOT, "; it would reach %.2f at about %.0f articles "
                    + "(an extrapolation, not a promise)", target, Math.ceil(need.getAsDouble())));
        }
        sb.append(System.lineSeparator());
        return sb.toString();
    }

    /** One training: hold out article {@code held}, learn from the synthetic quotes and {@code train}. */
    private record Run(int held, int k, List<Integer> train) {
    }

    /** Per run, {gold topic, predicted topic, gold stance, predicted stance} of each held-out quote. */
    private static List<List<String[]>> runAll(List<Run> runs, Trainer trainer, List<QuoteRecord> records,
                                               List<List<String>> base, int[] group, TrainSettings settings,
                                               int threads) {
        List<List<String[]>> out = new ArrayList<>(java.util.Collections.nCopies(runs.size(), null));
        Parallel.forEach(runs.size(), threads, "parley-curve", "learning curve",
                r -> out.set(r, one(runs.get(r), trainer, records, base, group, settings)));
        return out;
    }

    private static List<String[]> one(Run run, Trainer trainer, List<QuoteRecord> records, List<List<String>> base,
                                      int[] group, TrainSettings settings) {
        List<QuoteRecord> train = new ArrayList<>();
        List<List<String>> trainBase = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (group[i] < 0 || run.train().contains(group[i])) {
                train.add(records.get(i));
                trainBase.add(base.get(i));
            }
        }
        List<String[]> predictions = new ArrayList<>();
        if (train.isEmpty()) {
            return predictions;
        }
        ParleyModel model = trainer.train(train, trainBase, settings);
        for (int i = 0; i < records.size(); i++) {
            if (group[i] == run.held()) {
                Prediction p = model.predict(base.get(i));
                QuoteRecord r = records.get(i);
                predictions.add(new String[] {r.topic(), p.topic(), r.stance().label(), p.stance().label()});
            }
        }
        return predictions;
    }

    /**
     * The k-element subsets of {@code items}: all of them in lexicographic order when there are at
     * most {@code max}, else {@code max} distinct ones drawn with {@code seed}, in the order drawn.
     */
    static List<List<Integer>> subsets(List<Integer> items, int k, int max, long seed) {
        List<List<Integer>> all = new ArrayList<>();
        if (binomial(items.size(), k) <= max) {
            combine(items, k, 0, new ArrayList<>(), all);
            return all;
        }
        Random random = new Random(seed);
        java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
        while (all.size() < max) {
            List<Integer> shuffled = new ArrayList<>(items);
            java.util.Collections.shuffle(shuffled, random);
            List<Integer> pick = new ArrayList<>(shuffled.subList(0, k));
            java.util.Collections.sort(pick);
            if (seen.add(pick)) {
                all.add(List.copyOf(pick));
            }
        }
        return all;
    }

    private static void combine(List<Integer> items, int k, int from, List<Integer> current, List<List<Integer>> out) {
        if (current.size() == k) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            current.add(items.get(i));
            combine(items, k, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }

    /** n choose k, saturating at Long.MAX_VALUE. */
    static long binomial(int n, int k) {
        if (k < 0 || k > n) {
            return 0;
        }
        long c = 1;
        for (int i = 1; i <= Math.min(k, n - k); i++) {
            if (c > Long.MAX_VALUE / (n - i + 1)) {
                return Long.MAX_VALUE;
            }
            c = c * (n - i + 1) / i;
        }
        return c;
    }
}
