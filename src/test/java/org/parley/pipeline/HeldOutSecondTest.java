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
 * <p>The misses of the first run were then fixed, so these files are tuning data now (later held-out
 * sets give the estimates): all 0.994 / 0.948. The floors sit a little under the current figures, so
 * that a later rule cannot quietly undo those fixes. First run, the honest estimate (overlap 0.5):
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
            "convoy,   0.97, 0.97",
            "briefing, 0.97, 0.97",
            "profile,  0.97, 0.79",
            "regional, 0.94, 0.97",
    })
    void eachSecondHeldOutFileKeepsItsFloor(String name, double f1, double attribution) {
        scores.assertFloor(name, f1, attribution);
    }

    @Test
    void allSecondHeldOutFilesTogetherKeepTheCombinedFloor() {
        scores.assertCombinedFloor(0.98, 0.93);
    }
}
