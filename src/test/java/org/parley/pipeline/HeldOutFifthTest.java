package org.parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fifth held-out estimate: the real pipeline over five fictional articles written, with their gold
 * (src/test/resources/heldout5/NAME.gold.jsonl), by a helper who never read the extractor, its tests or
 * its history and never ran it on them: a correspondent's write-up of a ministry briefing, a committee
 * hearing with verbatim "Chairwoman NAME:" lines and names with particles, an opinion column quoting
 * published words, a border-crossing field report with a quote over three paragraphs, and a summit story
 * in British single quotation marks. Their README lists the judgement calls.
 *
 * <p>Measured twice and only measured: before the fixes prompted by the fourth held-out set (F1 0.829,
 * attribution 0.720) and after them (overlap 0.5): F1 briefing 0.936, hearing 0.667, column 0.818,
 * crossing 0.944, summit 0.824, all 0.840; attribution 0.909, 0.286, 0.667, 0.941, 0.786, all 0.750.
 * Those fixes lifted the fourth set from 0.695 to 0.960 but this one only from 0.720 to 0.750. The
 * floors sat a little under the second run.
 *
 * <p>Since then the set is tuning data, no longer an estimate (the figures above stay the honest
 * one): fixes for the general patterns it showed (British single marks in speech paragraphs, hearing
 * lines with particles and hyphens, "The Chair:", title + surname, published words in a column, "she"
 * skipping a spokesman, a statement speaking for its issuer), each first written as a row of
 * UnseenPatternsFifthTest with invented sentences, brought it to F1 briefing 0.979, hearing 1.000,
 * column 0.917, crossing 0.944, summit 1.000, all 0.974; attribution 1.000, 0.955, 0.818, 0.941,
 * 0.950, all 0.946. The floors now sit a little under these.
 */
class HeldOutFifthTest {

    private static FixtureScores scores;

    @BeforeAll
    static void runPipelineOverEveryFifthHeldOutFile() {
        scores = FixtureScores.measure(Path.of("src/test/resources/heldout5"),
                List.of("briefing", "hearing", "column", "crossing", "summit"),
                "Fifth held-out set");
    }

    @ParameterizedTest(name = "{0}: F1 >= {1}, attribution >= {2}")
    @CsvSource({
            "briefing, 0.95, 0.97",
            "hearing,  0.97, 0.93",
            "column,   0.89, 0.79",
            "crossing, 0.92, 0.91",
            "summit,   0.97, 0.92",
    })
    void eachFifthHeldOutFileKeepsItsFloor(String name, double f1, double attribution) {
        scores.assertFloor(name, f1, attribution);
    }

    @Test
    void allFifthHeldOutFilesTogetherKeepTheCombinedFloor() {
        scores.assertCombinedFloor(0.95, 0.92);
    }
}
