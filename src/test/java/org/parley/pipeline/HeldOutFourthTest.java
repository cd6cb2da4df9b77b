package org.parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fourth held-out estimate: the real pipeline over five fictional articles written, with their gold
 * (src/test/resources/heldout4/NAME.gold.jsonl), by a helper who never read the extractor, its tests or
 * its history and never ran it on them: Security Council meeting coverage, a radio transcript with
 * "NAME, title:" labels, a reactions roundup from several capitals, a magazine feature whose sources are
 * described before they are named, and an agency story with colon intros and a numbered statement. Their
 * README lists the judgement calls.
 *
 * <p>Measured twice and only measured: before the fixes prompted by the third held-out set (F1 0.944,
 * attribution 0.678) and after them (overlap 0.5): F1 council 0.986, broadcast 0.905, reactions 0.939,
 * feature 1.000, wire 0.833, all 0.944; attribution 0.882, 0.368, 0.652, 0.556, 1.000, all 0.695. Those
 * fixes lifted the third set from 0.810 to 1.000 but this one only from 0.678 to 0.695: rules fitted to
 * one set carry over little, so the first run of a fresh set is the figure to quote. The floors sit a
 * little under the second run.
 */
class HeldOutFourthTest {

    private static FixtureScores scores;

    @BeforeAll
    static void runPipelineOverEveryFourthHeldOutFile() {
        scores = FixtureScores.measure(Path.of("src/test/resources/heldout4"),
                List.of("council", "broadcast", "reactions", "feature", "wire"),
                "Fourth held-out set");
    }

    @ParameterizedTest(name = "{0}: F1 >= {1}, attribution >= {2}")
    @CsvSource({
            "council,   0.96, 0.85",
            "broadcast, 0.88, 0.34",
            "reactions, 0.91, 0.62",
            "feature,   0.97, 0.52",
            "wire,      0.80, 0.95",
    })
    void eachFourthHeldOutFileKeepsItsFloor(String name, double f1, double attribution) {
        scores.assertFloor(name, f1, attribution);
    }

    @Test
    void allFourthHeldOutFilesTogetherKeepTheCombinedFloor() {
        scores.assertCombinedFloor(0.92, 0.67);
    }
}
