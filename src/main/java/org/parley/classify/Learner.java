package org.parley.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import smile.classification.SparseLogisticRegression;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * The learners training can choose from. Each fits a {@link LinearModel} over binary feature vectors;
 * all are pure Java (Smile's logistic regression runs on its own L-BFGS, no native BLAS), and all are
 * deterministic for a given seed. Stateless and thread-safe.
 */
public enum Learner {

    /** Multinomial logistic regression (maximum entropy), Smile's L-BFGS with an L2 penalty. */
    MAXENT("lambda=0.05, tol=1e-5, maxIter=300, features l2-normalised") {
        @Override
        LinearModel fitPresent(int[][] x, int[] y, List<String> labels, int p, long seed) {
            List<SparseArray> rows = new ArrayList<>(x.length);
            for (int[] xi : x) {
                SparseArray a = new SparseArray(xi.length);
                double v = value(xi);
                for (int f : xi) {
                    a.append(f, v);
                }
                rows.add(a);
            }
            SparseDataset data = SparseDataset.of(rows, p);
            int k = labels.size();
            double[][] w = new double[k][p];
            double[] b = new double[k];
            if (k == 2) {
                double[] c = sequential(() -> SparseLogisticRegression.binomial(data, y, 0.05, 1e-5, 300)
                        .coefficients());
                System.arraycopy(c, 0, w[1], 0, p);
                b[1] = c[p];
            } else {
                double[][] c = sequential(() -> SparseLogisticRegression.multinomial(data, y, 0.05, 1e-5, 300)
                        .coefficients());
                for (int i = 0; i < k - 1; i++) {
                    System.arraycopy(c[i], 0, w[i], 0, p);
                    b[i] = c[i][p];
                }
            }
            return new LinearModel(labels, w, b, true, 1.0);
        }
    },

    /**
     * Linear SVM, one-vs-rest, L2-regularised squared hinge loss solved by dual coordinate descent
     * (Hsieh et al. 2008, LIBLINEAR's default). Margins become probability-like scores through a
     * softmax with a fixed temperature: ranked correctly, not calibrated.
     */
    SVM("C=3, squared hinge, dual coordinate descent, eps=0.05, maxIter=200, softmax scale 3") {
        @Override
        LinearModel fitPresent(int[][] x, int[] y, List<String> labels, int p, long seed) {
            int k = labels.size();
            double[][] w = new double[k][p];
            double[] b = new double[k];
            for (int c = 0; c < k; c++) {
                b[c] = binarySvm(x, y, c, w[c], 3.0, new Random(seed + c));
            }
            return new LinearModel(labels, w, b, true, 3.0);
        }
    },

    /** Multinomial naive Bayes over feature presence, Lidstone smoothing. */
    NB("alpha=0.1, binary features") {
        @Override
        LinearModel fitPresent(int[][] x, int[] y, List<String> labels, int p, long seed) {
            int k = labels.size();
            double alpha = 0.1;
            double[][] w = new double[k][p];
            double[] total = new double[k];
            double[] count = new double[k];
            for (int i = 0; i < x.length; i++) {
                count[y[i]]++;
                for (int f : x[i]) {
                    w[y[i]][f]++;
                    total[y[i]]++;
                }
            }
            double[] b = new double[k];
            for (int c = 0; c < k; c++) {
                double denom = Math.log(total[c] + alpha * p);
                for (int f = 0; f < p; f++) {
                    w[c][f] = Math.log(w[c][f] + alpha) - denom;
                }
                b[c] = Math.log(count[c] / x.length);
            }
            return new LinearModel(labels, w, b, false, 1.0);
        }
    };

    private final String settings;

    Learner(String settings) {
        this.settings = settings;
    }

    /** Lower-case name used on the command line and in the model card. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The fixed hyper-parameters, for the model card. */
    public String settings() {
        return settings;
    }

    /** Parses a learner name; throws IllegalArgumentException listing the valid names. */
    public static Learner parse(String s) {
        for (Learner l : values()) {
            if (l.label().equals(s)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown learner '" + s + "' (expected maxent, svm or nb)");
    }

    /**
     * Fits a model over the labels that occur in {@code y}; labels absent from the training data are
     * left out of the model (they get score 0).
     *
     * @param x      active feature indices per example
     * @param y      label index per example, into {@code labels}
     * @param labels all labels
     * @param p      number of features
     * @param seed   seed for any randomness
     */
    public LinearModel fit(int[][] x, int[] y, List<String> labels, int p, long seed) {
        if (x.length == 0) {
            throw new IllegalArgumentException("no training examples");
        }
        int[] map = new int[labels.size()];
        java.util.Arrays.fill(map, -1);
        List<String> present = new ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            for (int yi : y) {
                if (yi == c) {
                    map[c] = present.size();
                    present.add(labels.get(c));
                    break;
                }
            }
        }
        int[] yy = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            yy[i] = map[y[i]];
        }
        int dim = Math.max(p, 1);
        if (present.size() == 1) {
            return new LinearModel(present, new double[1][dim], new double[1], false, 1.0);
        }
        return fitPresent(x, yy, present, dim, seed);
    }

    abstract LinearModel fitPresent(int[][] x, int[] y, List<String> labels, int p, long seed);

    /**
     * Runs {@code task} in a one-thread fork-join pool. Smile's logistic regression evaluates its
     * objective with parallel streams, whose floating-point sums then depend on thread timing: two
     * runs on the same data gave different weights. Parallel streams started inside a fork-join
     * pool run in that pool, so one worker makes the sums, and the model file, reproducible.
     * Cross-validation still uses the cores, one fold per thread.
     */
    static <T> T sequential(java.util.concurrent.Callable<T> task) {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(1);
        try {
            return pool.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        } finally {
            pool.shutdown();
        }
    }

    static double value(int[] xi) {
        return xi.length == 0 ? 1.0 : 1.0 / Math.sqrt(xi.length);
    }

    /** Class {@code c} against the rest; fills {@code w}, returns the bias (a constant feature 1). */
    private static double binarySvm(int[][] x, int[] y, int c, double[] w, double cost, Random random) {
        int n = x.length;
        double diag = 0.5 / cost;
        double[] alpha = new double[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double b = 0;
        for (int iter = 0; iter < 200; iter++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double maxPg = Double.NEGATIVE_INFINITY;
            double minPg = Double.POSITIVE_INFINITY;
            for (int i : order) {
                double yi = y[i] == c ? 1 : -1;
                double v = value(x[i]);
                double dot = b;
                for (int f : x[i]) {
                    dot += w[f] * v;
                }
                double g = yi * dot - 1 + diag * alpha[i];
                double pg = alpha[i] == 0 ? Math.min(g, 0) : g;
                maxPg = Math.max(maxPg, pg);
                minPg = Math.min(minPg, pg);
                if (Math.abs(pg) > 1e-12) {
                    double q = v * v * x[i].length + 1 + diag;
                    double old = alpha[i];
                    alpha[i] = Math.max(old - g / q, 0);
                    double d = (alpha[i] - old) * yi;
                    for (int f : x[i]) {
                        w[f] += d * v;
                    }
                    b += d;
                }
            }
            if (maxPg - minPg < 0.05) {
                break;
            }
        }
        return b;
    }
}
