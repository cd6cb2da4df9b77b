package org.parley.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    /** n examples that the model gives probability {@code conf} to, right in {@code right} of them. */
    private static List<double[]> dists(int n, double conf) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new double[] {conf, (1 - conf) / 2, (1 - conf) / 2});
        }
        return out;
    }

    private static int[] gold(int n, int right) {
        int[] g = new int[n];
        for (int i = right; i < n; i++) {
            g[i] = 1;
        }
        return g;
    }

    @Test
    void anOverconfidentModelIsFlattened() {
        double t = Calibration.fitTemperature(dists(100, 0.95), gold(100, 60));
        assertTrue(t < 1, "t = " + t);
        double calibrated = Calibration.scaled(new double[] {0.95, 0.025, 0.025}, t)[0];
        assertEquals(0.6, calibrated, 0.05, "confidence close to the observed accuracy");
    }

    @Test
    void anUnderconfidentModelIsSharpened() {
        double t = Calibration.fitTemperature(dists(100, 0.5), gold(100, 95));
        assertTrue(t > 1, "t = " + t);
    }

    @Test
    void theRankingOfLabelsNeverChanges() {
        double[] p = {0.2, 0.5, 0.3};
        for (double t : new double[] {0.05, 0.5, 1, 2, 5}) {
            double[] q = Calibration.scaled(p, t);
            assertTrue(q[1] >= q[2] && q[2] >= q[0], "t = " + t);
            assertEquals(1.0, q[0] + q[1] + q[2], 1e-9);
        }
    }

    @Test
    void noExamplesMeansNoChange() {
        assertEquals(1.0, Calibration.fitTemperature(List.of(), new int[0]));
    }
}
