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
 * one set carry over little, so the first run of a fresh set is the figure to quote.
 *
 * <p>Since then the set is tuning data: the general patterns it showed (transcript labels "NAME,
 * title:", names with particles, places taken for people, "X quoted Y as saying", sources named after
 * their description, unnamed delegates of a country the article names, agency colon intros) were
 * fixed from invented test rows, bringing it to F1 1.000, 0.976, 1.000, 1.000, 1.000, all 0.996;
 * attribution 1.000, 1.000, 0.800, 1.000, 1.000, all 0.960 (the rest: capitals of countries the
 * registry does not know). Those figures are in-sample; the measured-once figures above remain the
 * honest estimate. The floors sit a little under the tuned figures.
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
            "council,   0.98, 0.97",
            "broadcast, 0.95, 0.97",
            "reactions, 0.98, 0.77",
            "feature,   0.98, 0.97",
            "wire,      0.98, 0.97",
    })
    void eachFourthHeldOutFileKeepsItsFloor(String name, double f1, double attribution) {
        scores.assertFloor(name, f1, attribution);
    }

    @Test
    void allFourthHeldOutFilesTogetherKeepTheCombinedFloor() {
        scores.assertCombinedFloor(0.98, 0.94);
    }
}
