package org.parley.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import smile.classification.SparseLogisticRegression;
import smile.data.SparseDataset;
import smile.util.SparseArray;

class LearnerTest {

    /** Class c has its own features 3c, 3c+1, 3c+2 plus shared noise features 9..19. */
    private static int[][] data(int n, int k, long seed, int[] y) {
        Random r = new Random(seed);
        int[][] x = new int[n][];
        for (int i = 0; i < n; i++) {
            y[i] = i % k;
            java.util.TreeSet<Integer> f = new java.util.TreeSet<>();
            f.add(3 * y[i] + r.nextInt(3));
            f.add(3 * k + r.nextInt(11));
            f.add(3 * k + r.nextInt(11));
            x[i] = f.stream().mapToInt(Integer::intValue).toArray();
        }
        return x;
    }

    @ParameterizedTest
    @EnumSource(Learner.class)
    void everyLearnerSeparatesEasyClassesAndIsDeterministic(Learner learner) {
        int k = 3;
        int[] y = new int[150];
        int[][] x = data(150, k, 1, y);
        List<String> labels = List.of("a", "b", "c");
        LinearModel m = learner.fit(x, y, labels, 3 * k + 11, 5);
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            double[] p = m.probabilities(x[i]);
            assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            right += best == y[i] ? 1 : 0;
        }
        assertTrue(right >= 145, learner + " got " + right + "/150");
        assertEquals(m, learner.fit(x, y, labels, 3 * k + 11, 5));
    }

    @Test
    void labelsAbsentFromTrainingAreLeftOut() {
        int[] y = new int[60];
        int[][] x = data(60, 2, 2, y);
        for (int i = 0; i < y.length; i++) {
            y[i] = y[i] == 0 ? 0 : 2;
        }
        LinearModel m = Learner.MAXENT.fit(x, y, List.of("a", "b", "c"), 17, 1);
        assertEquals(List.of("a", "c"), m.labels());
    }

    /** Our prediction code reads Smile's coefficients the way Smile itself does. */
    @Test
    void maxentWeightsPredictLikeSmile() {
        int k = 4;
        int p = 3 * k + 11;
        int[] y = new int[120];
        int[][] x = data(120, k, 3, y);
        List<SparseArray> rows = new ArrayList<>();
        for (int[] xi : x) {
            SparseArray a = new SparseArray();
            for (int f : xi) {
                a.append(f, Learner.value(xi));
            }
            rows.add(a);
        }
        SparseLogisticRegression.Multinomial smile =
                SparseLogisticRegression.multinomial(SparseDataset.of(rows, p), y, 0.05, 1e-5, 300);
        LinearModel ours = Learner.MAXENT.fit(x, y, List.of("a", "b", "c", "d"), p, 1);
        for (int i = 0; i < x.length; i++) {
            double[] post = new double[k];
            smile.predict(rows.get(i), post);
            assertArrayEquals(post, ours.probabilities(x[i]), 1e-9);
        }
    }
}
