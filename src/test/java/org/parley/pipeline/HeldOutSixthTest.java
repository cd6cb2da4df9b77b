package org.parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sixth held-out estimate, for everyday news rather than unusual styles: the real pipeline over five
 * fictional articles written, with their gold (src/test/resources/heldout6/NAME.gold.jsonl), by a helper
 * who never read the extractor, its tests or its history and never ran it on them: a US wire story, a
 * British newspaper story in single quotation marks, an agency dispatch on a ministry statement, a
 * correspondent's analysis quoting experts, and a breaking-news item with an update. Their README lists
 * the judgement calls.
 *
 * <p>Measured twice and only measured: before the fixes prompted by the fifth held-out set (F1 0.909,
 * attribution 0.863) and after them (overlap 0.5): F1 wire 0.889, british 1.000, ministry 0.903,
 * analysis 0.974, breaking 1.000, all 0.957; attribution 0.875, 0.950, 0.929, 0.842, 0.842, all 0.886.
 * The floors sit a little under the second run.
 */
class HeldOutSixthTest {

    private static FixtureScores scores;

    @BeforeAll
    static void runPipelineOverEverySixthHeldOutFile() {
        scores = FixtureScores.measure(Path.of("src/test/resources/heldout6"),
                List.of("wire", "british", "ministry", "analysis", "breaking"),
                "Sixth held-out set");
    }

    @ParameterizedTest(name = "{0}: F1 >= {1}, attribution >= {2}")
    @CsvSource({
            "wire,     0.86, 0.85",
            "british,  0.97, 0.92",
            "ministry, 0.88, 0.90",
            "analysis, 0.95, 0.82",
            "breaking, 0.97, 0.82",
    })
    void eachSixthHeldOutFileKeepsItsFloor(String name, double f1, double attribution) {
        scores.assertFloor(name, f1, attribution);
    }

    @Test
    void allSixthHeldOutFilesTogetherKeepTheCombinedFloor() {
        scores.assertCombinedFloor(0.94, 0.86);
    }
}
