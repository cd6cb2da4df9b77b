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
 * The floors first sat a little under the second run.
 *
 * <p>The set is now tuning data: after the fixes it prompted (UnseenPatternsSixthTest), F1 wire 1.000,
 * british 1.000, ministry 0.938, analysis 0.974, breaking 1.000, all 0.984; attribution 1.000, 1.000,
 * 0.933, 1.000, 1.000, all 0.989. The floors sit a little under these figures; the seventh held-out set
 * is the next independent measurement.
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
            "wire,     0.98, 0.97",
            "british,  0.98, 0.97",
            "ministry, 0.92, 0.91",
            "analysis, 0.95, 0.97",
            "breaking, 0.98, 0.97",
    })
    void eachSixthHeldOutFileKeepsItsFloor(String name, double f1, double attribution) {
        scores.assertFloor(name, f1, attribution);
    }

    @Test
    void allSixthHeldOutFilesTogetherKeepTheCombinedFloor() {
        scores.assertCombinedFloor(0.97, 0.97);
    }
}
