package org.parley.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    /**
     * Gold support 4 (3 right, 1 → neutral), oppose 3 (1 right, 1 → support, 1 → neutral), neutral 3
     * (3 right). By hand: P(support)=3/4, R=3/4, F1=.75; P(oppose)=1/1, R=1/3, F1=.5; P(neutral)=3/5,
     * R=1, F1=.75; accuracy 7/10; macro-F1 (.75+.5+.75)/3; F_avg (.75+.5)/2 = .625.
     */
    @Test
    void metricsMatchAHandCheckedMatrix() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("support", "oppose", "neutral"));
        add(m, "support", "support", 3);
        add(m, "support", "neutral", 1);
        add(m, "oppose", "oppose", 1);
        add(m, "oppose", "support", 1);
        add(m, "oppose", "neutral", 1);
        add(m, "neutral", "neutral", 3);
        assertEquals(10, m.total());
        assertEquals(0.7, m.accuracy(), 1e-12);
        assertEquals(0.75, m.precision("support"), 1e-12);
        assertEquals(0.75, m.recall("support"), 1e-12);
        assertEquals(1.0, m.precision("oppose"), 1e-12);
        assertEquals(1.0 / 3, m.recall("oppose"), 1e-12);
        assertEquals(0.5, m.f1("oppose"), 1e-12);
        assertEquals(0.6, m.precision("neutral"), 1e-12);
        assertEquals(0.75, m.f1("neutral"), 1e-12);
        assertEquals((0.75 + 0.5 + 0.75) / 3, m.macroF1(), 1e-12);
        assertEquals(0.625, m.favg(), 1e-12);
    }

    @Test
    void labelsNeverSeenAreLeftOutOfMacroF1() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("a", "b", "c"));
        add(m, "a", "a", 2);
        add(m, "b", "a", 2);
        assertEquals((2 * 0.5 * 1 / 1.5 + 0) / 2, m.macroF1(), 1e-12);
    }

    private static void add(ConfusionMatrix m, String gold, String predicted, int times) {
        for (int i = 0; i < times; i++) {
            m.add(gold, predicted);
        }
    }
}
