package org.parley.classify;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One learned decision: a linear scorer over binary features, turned into probability-like scores by
 * a softmax. Every learner Parley offers (maximum entropy, linear SVM, multinomial naive Bayes) ends
 * in this shape, so one file format and one prediction routine serve them all, and a model file holds
 * only numbers: nothing in it is executed. Thread-safe; treat as immutable (the record accessors
 * return the arrays themselves for speed, and no Parley code writes to them).
 *
 * @param labels    class labels, index = row of {@code weights}
 * @param weights   one row of {@code dimension} weights per label
 * @param bias      one intercept per label
 * @param normalize whether feature values are 1/sqrt(number of active features) (else 1)
 * @param scale     multiplier applied to scores before the softmax (calibration temperature)
 */
public record LinearModel(List<String> labels, double[][] weights, double[] bias, boolean normalize, double scale) {

    public LinearModel {
        labels = List.copyOf(labels);
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(bias, "bias");
        if (labels.isEmpty() || weights.length != labels.size() || bias.length != labels.size()) {
            throw new IllegalArgumentException("labels, weights and bias differ in size");
        }
        int p = weights[0].length;
        for (double[] row : weights) {
            if (row.length != p) {
                throw new IllegalArgumentException("ragged weight matrix");
            }
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
    }

    /** Number of features. */
    public int dimension() {
        return weights[0].length;
    }

    /** Copy of weight row {@code c}. */
    public double[] row(int c) {
        return weights[c].clone();
    }

    /**
     * Probability-like score per label, summing to 1.
     *
     * @param x indices of the active features, each in [0, dimension); unknown features are dropped
     *          by the caller
     */
    public double[] probabilities(int[] x) {
        int k = labels.size();
        double v = normalize && x.length > 0 ? 1.0 / Math.sqrt(x.length) : 1.0;
        double[] s = new double[k];
        for (int c = 0; c < k; c++) {
            double[] w = weights[c];
            double sum = 0;
            for (int f : x) {
                sum += w[f];
            }
            s[c] = scale * (bias[c] + v * sum);
        }
        return softmax(s);
    }

    static double[] softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double d : s) {
            max = Math.max(max, d);
        }
        double[] p = new double[s.length];
        double z = 0;
        for (int i = 0; i < s.length; i++) {
            p[i] = Double.isInfinite(s[i]) && s[i] < 0 ? 0 : Math.exp(s[i] - max);
            z += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= z;
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearModel m && labels.equals(m.labels) && Arrays.deepEquals(weights, m.weights)
                && Arrays.equals(bias, m.bias) && normalize == m.normalize && scale == m.scale;
    }

    @Override
    public int hashCode() {
        return Objects.hash(labels, Arrays.deepHashCode(weights), Arrays.hashCode(bias), normalize, scale);
    }

    @Override
    public String toString() {
        return "LinearModel" + labels + "[" + dimension() + " features]";
    }
}
