package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.eval.QuoteEvalPrinter;
import org.parley.eval.QuoteEvaluation;
import org.parley.quote.QuoteExtractor;
import org.parley.speaker.Attributor;
import org.parley.speaker.Registry;

/**
 * Generality check: the real pipeline over fictional articles in news styles the seed articles do
 * not contain (wire copy, a briefing transcript, a ministry readout, translated agency copy, an
 * op-ed, a live page, UK single-quote style, UN meetings coverage, a Q&A interview, a feature built
 * on anonymous sources, an agency dispatch with long titles, a mixed article with a correction), each against gold labels written from the annotation
 * conventions before the extractor ever ran on it (src/test/resources/styles/NAME.gold.jsonl).
 * The floors are set a little under what the pipeline reaches, so a regression in any style fails.
 */
class StyleFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/styles");
    private static final Map<String, QuoteEvaluation> BY_STYLE = new TreeMap<>();
    private static QuoteEvaluation combined;

    @BeforeAll
    static void runPipelineOverEveryStyle() {
        ArticlePipeline p = new ArticlePipeline(new QuoteExtractor(),
                new Attributor(Registry.load(Path.of("corpus/speakers.yaml"))), null);
        List<QuoteRecord> allGold = new ArrayList<>();
        List<QuoteRecord> allPredicted = new ArrayList<>();
        StringBuilder summary = new StringBuilder("style        F1     P      R      attribution  gold pred\n");
        for (String style : List.of("wire", "briefing", "ministry", "translated", "oped", "liveblog", "uk",
                "un", "interview", "feature", "agency", "mixed")) {
            List<QuoteRecord> predicted = new ArrayList<>();
            PipelineRun.run(List.of(DIR.resolve(style + ".txt")), p, 1, w -> { }, r -> predicted.addAll(r.records()));
            List<QuoteRecord> gold = QuoteRecordReader.readAll(DIR.resolve(style + ".gold.jsonl"));
            QuoteEvaluation ev = QuoteEvaluation.evaluate(gold, predicted, 0.5);
            BY_STYLE.put(style, ev);
            allGold.addAll(gold);
            allPredicted.addAll(predicted);
            StringWriter out = new StringWriter();
            QuoteEvalPrinter.print(ev, new PrintWriter(out), 40);
            System.out.println("=== style " + style + " ===\n" + out);
            summary.append(String.format(Locale.ROOT, "%-12s %.3f  %.3f  %.3f  %.3f        %4d %4d%n", style,
                    ev.overall().f1(), ev.overall().precision(), ev.overall().recall(), ev.attributionAccuracy(),
                    gold.size(), predicted.size()));
        }
        combined = QuoteEvaluation.evaluate(allGold, allPredicted, 0.5);
        summary.append(String.format(Locale.ROOT, "%-12s %.3f  %.3f  %.3f  %.3f        %4d %4d%n", "ALL",
                combined.overall().f1(), combined.overall().precision(), combined.overall().recall(),
                combined.attributionAccuracy(), allGold.size(), allPredicted.size()));
        System.out.println("Style fixtures, measured by eval-quotes' own code:\n" + summary);
    }

    @ParameterizedTest(name = "{0}: F1 >= {1}, attribution >= {2}")
    @CsvSource({
            "wire,       0.95, 0.95",
            "briefing,   0.95, 0.95",
            "ministry,   0.90, 0.95",
            "translated, 0.90, 0.95",
            "oped,       0.85, 0.95",
            "liveblog,   0.95, 0.95",
            "uk,         0.90, 0.95",
            "un,         0.95, 0.95",
            "interview,  0.95, 0.95",
            "feature,    0.90, 0.95",
            "agency,     0.95, 0.95",
            "mixed,      0.95, 0.95",
    })
    void eachStyleKeepsItsFloor(String style, double f1, double attribution) {
        QuoteEvaluation ev = BY_STYLE.get(style);
        assertTrue(ev.overall().f1() >= f1, style + ": quote F1 " + ev.overall().f1() + " < " + f1);
        assertTrue(ev.attributionAccuracy() >= attribution,
                style + ": attribution " + ev.attributionAccuracy() + " < " + attribution);
    }

    @Test
    void allStylesTogetherKeepTheCombinedFloor() {
        assertTrue(combined.overall().f1() >= 0.96, "combined F1 " + combined.overall().f1());
        assertTrue(combined.attributionAccuracy() >= 0.97, "combined attribution " + combined.attributionAccuracy());
    }
}
