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
import org.parley.eval.QuoteEvalPrinter;
import org.parley.eval.QuoteEvaluation;
import org.parley.quote.QuoteExtractor;
import org.parley.speaker.Attributor;
import org.parley.speaker.Registry;

/**
 * The real pipeline over fixture articles ({@code NAME.txt} beside its gold {@code NAME.gold.jsonl}),
 * each scored against its gold with eval-quotes' own code, and all of them together. Files are passed
 * one by one: given the directory, the reader would take the gold files for JSONL archives.
 */
record FixtureScores(Map<String, QuoteEvaluation> byName, QuoteEvaluation combined) {

    /** Measures every fixture and prints its tables and a summary line each, under {@code title}. */
    static FixtureScores measure(Path dir, List<String> names, String title) {
        ArticlePipeline p = new ArticlePipeline(new QuoteExtractor(),
                new Attributor(Registry.load(Path.of("corpus/speakers.yaml"))), null);
        Map<String, QuoteEvaluation> byName = new TreeMap<>();
        List<QuoteRecord> allGold = new ArrayList<>();
        List<QuoteRecord> allPredicted = new ArrayList<>();
        StringBuilder summary = new StringBuilder("file         F1     P      R      attribution  gold pred\n");
        for (String name : names) {
            List<QuoteRecord> predicted = new ArrayList<>();
            PipelineRun.run(List.of(dir.resolve(name + ".txt")), p, 1, w -> { }, r -> predicted.addAll(r.records()));
            List<QuoteRecord> gold = QuoteRecordReader.readAll(dir.resolve(name + ".gold.jsonl"));
            QuoteEvaluation ev = QuoteEvaluation.evaluate(gold, predicted, 0.5);
            byName.put(name, ev);
            allGold.addAll(gold);
            allPredicted.addAll(predicted);
            StringWriter out = new StringWriter();
            QuoteEvalPrinter.print(ev, new PrintWriter(out), 40);
            System.out.println("=== " + title + ": " + name + " ===\n" + out);
            summary.append(line(name, ev, gold.size(), predicted.size()));
        }
        QuoteEvaluation combined = QuoteEvaluation.evaluate(allGold, allPredicted, 0.5);
        summary.append(line("ALL", combined, allGold.size(), allPredicted.size()));
        System.out.println(title + ", measured by eval-quotes' own code:\n" + summary);
        return new FixtureScores(byName, combined);
    }

    private static String line(String name, QuoteEvaluation ev, int gold, int predicted) {
        return String.format(Locale.ROOT, "%-12s %.3f  %.3f  %.3f  %.3f        %4d %4d%n", name, ev.overall().f1(),
                ev.overall().precision(), ev.overall().recall(), ev.attributionAccuracy(), gold, predicted);
    }

    void assertFloor(String name, double f1, double attribution) {
        QuoteEvaluation ev = byName.get(name);
        assertTrue(ev != null, "no fixture " + name);
        assertFloorOf(name + ":", ev, f1, attribution);
    }

    void assertCombinedFloor(double f1, double attribution) {
        assertFloorOf("combined", combined, f1, attribution);
    }

    private static void assertFloorOf(String label, QuoteEvaluation ev, double f1, double attribution) {
        assertTrue(ev.overall().f1() >= f1, label + " F1 " + ev.overall().f1() + " < " + f1);
        assertTrue(ev.attributionAccuracy() >= attribution,
                label + " attribution " + ev.attributionAccuracy() + " < " + attribution);
    }
}
