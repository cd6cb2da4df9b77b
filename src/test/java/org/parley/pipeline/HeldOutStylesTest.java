package org.parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Held-out estimate: the real pipeline over five fictional articles that no extractor or attributor
 * rule was tuned on (a wire story on ceasefire talks, a long read with sparse quotes, a press-conference
 * transcript with several officials, a translated regional agency dispatch, a news roundup), each
 * against gold labels written from the annotation conventions and committed before the pipeline
 * first ran on them (src/test/resources/heldout/NAME.gold.jsonl).
 *
 * <p>First run, the honest estimate (overlap 0.5): F1 wire 1.000, longread 0.947, pressconf 1.000,
 * agency 0.917, roundup 1.000, all 0.980; attribution 0.857, 0.778, 0.526, 0.455, 1.000, all 0.722.
 * The misses were then fixed, so these files are tuning data now (later held-out sets give the
 * estimates): all 0.986 / 0.986. The floors sit a little under the current figures, so that a later
 * rule cannot quietly undo those fixes.
 */
class HeldOutStylesTest {

    private static FixtureScores scores;

    @BeforeAll
    static void runPipelineOverEveryHeldOutFile() {
        scores = FixtureScores.measure(Path.of("src/test/resources/heldout"),
                List.of("wire", "longread", "pressconf", "agency", "roundup"),
                "Held-out fixtures");
    }

    @ParameterizedTest(name = "{0}: F1 >= {1}, attribution >= {2}")
    @CsvSource({
            "wire,      0.97, 0.97",
            "longread,  0.97, 0.97",
            "pressconf, 0.97, 0.97",
            "agency,    0.89, 0.88",
            "roundup,   0.97, 0.97",
    })
    void eachHeldOutFileKeepsItsFloor(String name, double f1, double attribution) {
        scores.assertFloor(name, f1, attribution);
    }

    @Test
    void allHeldOutFilesTogetherKeepTheCombinedFloor() {
        scores.assertCombinedFloor(0.97, 0.97);
    }
}
