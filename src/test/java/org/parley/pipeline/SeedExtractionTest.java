package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.eval.QuoteEvalPrinter;
import org.parley.eval.QuoteEvaluation;
import org.parley.quote.QuoteExtractor;
import org.parley.quote.QuoteKind;
import org.parley.speaker.Attributor;
import org.parley.speaker.Registry;

/**
 * The extraction floor of the project, measured the way {@code parley eval-quotes} measures it: the
 * real pipeline over the five seed articles against the hand-labeled gold in corpus/labeled/.
 */
class SeedExtractionTest {

    private static QuoteEvaluation ev;

    @BeforeAll
    static void runPipelineOverTheSeeds() {
        ArticlePipeline p = new ArticlePipeline(new QuoteExtractor(),
                new Attributor(Registry.load(Path.of("corpus/speakers.yaml"))), null);
        List<QuoteRecord> predicted = new ArrayList<>();
        PipelineRun.run(List.of(Path.of("corpus/articles")), p, 1, w -> { }, r -> predicted.addAll(r.records()));
        List<QuoteRecord> gold = QuoteRecordReader.readAll(Path.of("corpus/labeled/seed-articles.jsonl"));
        ev = QuoteEvaluation.evaluate(gold, predicted, 0.5);
        StringWriter out = new StringWriter();
        QuoteEvalPrinter.print(ev, new PrintWriter(out), 20);
        System.out.println("Seed-article extraction, measured by eval-quotes' own code:\n" + out);
    }

    @Test
    void quoteF1OverAllKindsIsAtLeastNinety() {
        assertTrue(ev.overall().f1() >= 0.90, "quote F1 " + ev.overall().f1());
    }

    @Test
    void directQuoteRecallIsAtLeastNinetyFive() {
        assertTrue(ev.perKind().get(QuoteKind.DIRECT).recall() >= 0.95,
                "direct recall " + ev.perKind().get(QuoteKind.DIRECT).recall());
    }

    @Test
    void attributionAccuracyIsAtLeastNinetyFive() {
        assertTrue(ev.attributionAccuracy() >= 0.95, "attribution accuracy " + ev.attributionAccuracy());
    }

    @ParameterizedTest
    @ValueSource(strings = {"John Kerry", "Sergei Lavrov", "Maria Zakharova", "Mevlüt Çavuşoğlu"})
    void principalsAreFoundAndAttributedInEveryQuote(String speaker) {
        QuoteEvaluation.SpeakerRow row = ev.perSpeaker().get(speaker);
        assertTrue(row != null && row.gold() > 0, "gold has quotes by " + speaker);
        assertEquals(row.gold(), row.found(), speaker + ": quotes found");
        assertEquals(row.gold(), row.attributed(), speaker + ": quotes attributed to them");
    }
}
