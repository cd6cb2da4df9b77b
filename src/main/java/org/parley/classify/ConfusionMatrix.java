package org.parley.classify;

import java.util.List;

/**
 * Counts of (gold, predicted) label pairs, and the metrics derived from them. Labels with neither
 * gold nor predicted examples are left out of macro averages. Not thread-safe while being filled.
 */
public final class ConfusionMatrix {

    private final List<String> labels;
    private final int[][] counts;

    public ConfusionMatrix(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.counts = new int[labels.size()][labels.size()];
    }

    public void add(String gold, String predicted) {
        counts[index(gold)][index(predicted)]++;
    }

    private int index(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label '" + label + "'");
        }
        return i;
    }

    public List<String> labels() {
        return labels;
    }

    public int count(String gold, String predicted) {
        return counts[index(gold)][index(predicted)];
    }

    public int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    public int gold(String label) {
        int n = 0;
        for (int c : counts[index(label)]) {
            n += c;
        }
        return n;
    }

    public int predicted(String label) {
        int n = 0;
        int j = index(label);
        for (int[] row : counts) {
            n += row[j];
        }
        return n;
    }

    public double accuracy() {
        int right = 0;
        for (int i = 0; i < labels.size(); i++) {
            right += counts[i][i];
        }
        int n = total();
        return n == 0 ? 0 : (double) right / n;
    }

    /** Precision of {@code label}; 0 when nothing was predicted as it. */
    public double precision(String label) {
        int p = predicted(label);
        return p == 0 ? 0 : (double) count(label, label) / p;
    }

    /** Recall of {@code label}; 0 when it has no gold examples. */
    public double recall(String label) {
        int g = gold(label);
        return g == 0 ? 0 : (double) count(label, label) / g;
    }

    public double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean F1 over the labels that occur in gold or predictions. */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (String l : labels) {
            if (gold(l) + predicted(l) > 0) {
                sum += f1(l);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** SemEval-2016 Task 6 stance score: the mean F1 of {@code support} and {@code oppose}. */
    public double favg() {
        return (f1(Stance.SUPPORT.label()) + f1(Stance.OPPOSE.label())) / 2;
    }
}
