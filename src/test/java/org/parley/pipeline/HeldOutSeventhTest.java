package org.parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seventh held-out estimate, for everyday news: the real pipeline over five fictional articles written,
 * with their gold (src/test/resources/heldout7/NAME.gold.jsonl), by a helper who never read the
 * extractor, its tests or its history and never ran it on them: a wire story on peace talks, a Gulf-style
 * paper with "H.E." honorifics and long Arabic names, a defence-ministry press conference, a humanitarian
 * story from a camp, and a political reaction piece in British quotation marks. Their README lists the
 * judgement calls.
 *
 * <p>Measured twice and only measured: before and after the fixes prompted by the sixth held-out set,
 * with the same figures both times (overlap 0.5): F1 wire 0.974, regional 0.909, pressconf 1.000,
 * camp 0.977, reaction 0.970, all 0.970; attribution 1.000, 0.300, 0.786, 0.810, 0.938, all 0.813. This
 * is the estimate for the code as shipped; nothing was changed because of it. The floors sit a little
 * under those figures.
 *
 * <p>Since then the set is tuning data: after fixing the general patterns it showed (Gulf-style names
 * after honorifics, a portfolio in a minister's title taken for a person, a country's possessive body
 * named with its demonym), attribution is regional 0.600 and all 0.850 (F1 unchanged, 0.970); the
 * floors were raised to a little under those figures. Fresh sets, not this one, estimate unseen text.
 */
class HeldOutSeventhTest {

    private static FixtureScores scores;

    @BeforeAll
    static void runPipelineOverEverySeventhHeldOutFile() {
        scores = FixtureScores.measure(Path.of("src/test/resources/heldout7"),
                List.of("wire", "regional", "pressconf", "camp", "reaction"),
                "Seventh held-out set");
    }

    @ParameterizedTest(name = "{0}: F1 >= {1}, attribution >= {2}")
    @CsvSource({
            "wire,      0.95, 0.97",
            "regional,  0.88, 0.58",
            "pressconf, 0.97, 0.76",
            "camp,      0.95, 0.78",
            "reaction,  0.94, 0.91",
    })
    void eachSeventhHeldOutFileKeepsItsFloor(String name, double f1, double attribution) {
        scores.assertFloor(name, f1, attribution);
    }

    @Test
    void allSeventhHeldOutFilesTogetherKeepTheCombinedFloor() {
        scores.assertCombinedFloor(0.95, 0.83);
    }
}
