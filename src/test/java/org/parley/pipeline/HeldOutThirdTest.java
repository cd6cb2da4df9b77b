package org.parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Third held-out estimate: the real pipeline over five fictional articles written, with their gold
 * (src/test/resources/heldout3/NAME.gold.jsonl), by a helper who never read the extractor and never ran
 * it on them: a wire story with untitled people referred back to by pronoun, an analysis piece with long
 * comma-separated official titles and role back-references, a translated dispatch with «…» and „…“
 * marks and joined speech verbs, a live blog, and an interview feature with a Q&amp;A part. Their
 * README lists the judgement calls.
 *
 * <p>Measured twice, and only measured: once with the code before the fixes for the misses of the
 * second held-out set and once after them; both runs gave the same figures (overlap 0.5): F1 ceasefire
 * 1.000, analysis 1.000, dispatch 1.000, liveblog 0.914, interview 0.973, all 0.977; attribution 0.944,
 * 0.625, 0.938, 0.688, 0.833, all 0.810. The floors sit a little under those figures, so the test guards
 * against regressions without claiming more than was measured. Once a rule is changed because of what
 * this test shows, these files become tuning data and the next held-out set is the estimate to quote.
 */
class HeldOutThirdTest {

    private static FixtureScores scores;

    @BeforeAll
    static void runPipelineOverEveryThirdHeldOutFile() {
        scores = FixtureScores.measure(Path.of("src/test/resources/heldout3"),
                List.of("ceasefire", "analysis", "dispatch", "liveblog", "interview"),
                "Third held-out set");
    }

    @ParameterizedTest(name = "{0}: F1 >= {1}, attribution >= {2}")
    @CsvSource({
            "ceasefire, 0.97, 0.90",
            "analysis,  0.97, 0.60",
            "dispatch,  0.97, 0.90",
            "liveblog,  0.89, 0.65",
            "interview, 0.95, 0.80",
    })
    void eachThirdHeldOutFileKeepsItsFloor(String name, double f1, double attribution) {
        scores.assertFloor(name, f1, attribution);
    }

    @Test
    void allThirdHeldOutFilesTogetherKeepTheCombinedFloor() {
        scores.assertCombinedFloor(0.96, 0.78);
    }
}
