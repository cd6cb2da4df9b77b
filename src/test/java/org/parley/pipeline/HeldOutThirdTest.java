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
 * 0.625, 0.938, 0.688, 0.833, all 0.810. Those first-run figures are the honest estimate of quality on
 * unseen text.
 *
 * <p>The set is now tuning data: its misses were then fixed as general rules, each with a fresh invented
 * row in UnseenPatternsTest (title lists with "and the X of Y", a name in apposition to "the representative
 * of X", "the head of the province" for its governor, places after "in", country embassies, live-blog
 * headings that name the speaker, institutions never "she", the writer's "we", hedged "is reported to have
 * told"). After those fixes every file scores F1 1.000 and attribution 1.000 (all 85 quotes); the floors
 * sit a little under that to catch regressions. Quote the next held-out set, not these figures.
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
            "ceasefire, 0.97, 0.97",
            "analysis,  0.97, 0.97",
            "dispatch,  0.97, 0.97",
            "liveblog,  0.97, 0.97",
            "interview, 0.97, 0.97",
    })
    void eachThirdHeldOutFileKeepsItsFloor(String name, double f1, double attribution) {
        scores.assertFloor(name, f1, attribution);
    }

    @Test
    void allThirdHeldOutFilesTogetherKeepTheCombinedFloor() {
        scores.assertCombinedFloor(0.98, 0.98);
    }
}
