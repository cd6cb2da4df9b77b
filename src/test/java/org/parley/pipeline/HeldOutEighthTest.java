package org.parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Eighth held-out estimate, for everyday news: the real pipeline over five fictional articles written,
 * with their gold (src/test/resources/heldout8/NAME.gold.jsonl), by a helper who never read the
 * extractor, its tests or its history and never ran it on them: a wire story on a humanitarian appeal,
 * a European paper on a foreign minister's visit, a news-site explainer quoting academics and a report,
 * a prisoner exchange, and a TV-news web write-up. Their README lists the judgement calls.
 *
 * <p>Measured twice and only measured: before and after the fixes prompted by the seventh held-out set,
 * with the same figures both times (overlap 0.5): F1 appeal 0.923, visit 0.914, explainer 1.000,
 * exchange 0.952, broadcast 1.000, all 0.957; attribution 0.778, 0.813, 0.688, 1.000, 0.895, all 0.843.
 * This is the estimate for the code as shipped; nothing was changed because of it. The floors sit a
 * little under those figures.
 */
class HeldOutEighthTest {

    private static FixtureScores scores;

    @BeforeAll
    static void runPipelineOverEveryEighthHeldOutFile() {
        scores = FixtureScores.measure(Path.of("src/test/resources/heldout8"),
                List.of("appeal", "visit", "explainer", "exchange", "broadcast"),
                "Eighth held-out set");
    }

    @ParameterizedTest(name = "{0}: F1 >= {1}, attribution >= {2}")
    @CsvSource({
            "appeal,    0.90, 0.75",
            "visit,     0.89, 0.79",
            "explainer, 0.97, 0.66",
            "exchange,  0.93, 0.97",
            "broadcast, 0.97, 0.87",
    })
    void eachEighthHeldOutFileKeepsItsFloor(String name, double f1, double attribution) {
        scores.assertFloor(name, f1, attribution);
    }

    @Test
    void allEighthHeldOutFilesTogetherKeepTheCombinedFloor() {
        scores.assertCombinedFloor(0.94, 0.82);
    }
}
