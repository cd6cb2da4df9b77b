package org.parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Second held-out estimate: the real pipeline over four fictional articles written after the first
 * held-out set (src/test/resources/heldout/) had been used to fix rules and so became tuning data. The
 * four are a wire story on an aid convoy to a besieged town (officials, aid workers, anonymous
 * sources), a foreign-ministry briefing transcript with "Question:" turns, a magazine profile of a
 * diplomat quoted in the present tense ("she says"), and a translated regional report with long
 * official titles and „…“ quotation marks. Their gold labels (src/test/resources/heldout2/NAME.gold.jsonl)
 * were written from the annotation conventions and committed before the pipeline first ran on them.
 *
 * <p>These fixtures measure; they must never be used to fix code. Once a rule is changed because of
 * what this test shows, they become tuning data too and a fresh held-out set is needed. The floors sit
 * a little under the figures measured on the first and only run, so the test guards against
 * regressions without claiming more than was measured. First run (overlap 0.5):
 * F1 convoy 0.978, briefing 1.000, profile 1.000, regional 0.968, all 0.987; attribution 1.000, 1.000,
 * 0.682, 0.733, all 0.855.
 */
class HeldOutSecondTest {

    private static FixtureScores scores;

    @BeforeAll
    static void runPipelineOverEverySecondHeldOutFile() {
        scores = FixtureScores.measure(Path.of("src/test/resources/heldout2"),
                List.of("convoy", "briefing", "profile", "regional"),
                "Second held-out set");
    }

    @ParameterizedTest(name = "{0}: F1 >= {1}, attribution >= {2}")
    @CsvSource({
            "convoy,   0.95, 0.95",
            "briefing, 0.95, 0.95",
            "profile,  0.95, 0.65",
            "regional, 0.93, 0.70",
    })
    void eachSecondHeldOutFileKeepsItsFloor(String name, double f1, double attribution) {
        scores.assertFloor(name, f1, attribution);
    }

    @Test
    void allSecondHeldOutFilesTogetherKeepTheCombinedFloor() {
        scores.assertCombinedFloor(0.96, 0.82);
    }
}
