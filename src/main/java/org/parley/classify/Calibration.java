package org.parley.classify;

import java.util.List;

/**
 * Temperature scaling (Guo et al. 2017): one number per decision that sharpens or flattens the
 * model's probabilities so that its confidence matches how often it is right on quotes it has not
 * seen. Fitted on the cross-validated (out-of-fold) probabilities by minimising their log loss, it
 * changes no decision (the ranking of labels is kept) but makes the uncertainty threshold of the
 * model card mean something: a model trained on a few hundred quotes is far surer of itself on its
 * own training articles than it has reason to be on new ones. Thread-safe (stateless).
 */
public final class Calibration {

    /** Temperatures tried: 61 points spaced evenly in log scale from 1/20 to 5, and 1 itself. */
    private static final double[] GRID = grid();

    private Calibration() {
    }

    private static double[] grid() {
        double[] g = new double[61];
        for (int i = 0; i < g.length; i++) {
            g[i] = Math.exp(Math.log(0.05) + i * (Math.log(5.0) - Math.log(0.05)) / (g.length - 1));
        }
        return g;
    }

    /**
     * The temperature {@code t} minimising the mean negative log-likelihood of {@code gold} under
     * {@code p_c^t / Σ p_k^t}, the distribution the model gives when its scores are multiplied by t.
     * Returns 1 (no change) when there are no examples.
     *
     * @param dists out-of-fold probability vectors, one per example
     * @param gold  index of each example's true label in its vector
     */
    public static double fitTemperature(List<double[]> dists, int[] gold) {
        if (dists.size() != gold.length) {
            throw new IllegalArgumentException("need one gold label per distribution");
        }
        if (dists.isEmpty()) {
            return 1.0;
        }
        double best = 1.0;
        double bestLoss = loss(dists, gold, 1.0);
        for (double t : GRID) {
            double l = loss(dists, gold, t);
            if (l < bestLoss - 1e-12) {
                bestLoss = l;
                best = t;
            }
        }
        return best;
    }

    /** Mean negative log-likelihood of the gold labels at temperature {@code t}. */
    static double loss(List<double[]> dists, int[] gold, double t) {
        double sum = 0;
        for (int i = 0; i < gold.length; i++) {
            sum -= Math.log(Math.max(1e-12, scaled(dists.get(i), t)[gold[i]]));
        }
        return sum / gold.length;
    }

    /** {@code p} at temperature {@code t}: {@code p_c^t}, normalised. */
    static double[] scaled(double[] p, double t) {
        double[] logs = new double[p.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < p.length; c++) {
            logs[c] = t * Math.log(Math.max(1e-300, p[c]));
            max = Math.max(max, logs[c]);
        }
        double z = 0;
        double[] out = new double[p.length];
        for (int c = 0; c < p.length; c++) {
            out[c] = Math.exp(logs[c] - max);
            z += out[c];
        }
        for (int c = 0; c < p.length; c++) {
            out[c] /= z;
        }
        return out;
    }
}
