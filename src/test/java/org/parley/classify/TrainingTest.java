package org.parley.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.pipeline.QuoteRecord;

class TrainingTest {

    private static Training.Options options(Path out, Learner learner) {
        return new Training.Options(List.of(Fixtures.resource("small.jsonl"), Fixtures.resource("small.csv")),
                Fixtures.TAXONOMY, out, 3, 42, learner, false, false, 2);
    }

    @Test
    void sameDataAndSeedGiveIdenticalModelAndCardBytes(@TempDir Path dir) throws Exception {
        Training.Result a = Training.run(options(dir.resolve("a"), null), new PrintWriter(new StringWriter()));
        Training.Result b = Training.run(options(dir.resolve("b"), null), new PrintWriter(new StringWriter()));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/model.bin")), Files.readAllBytes(dir.resolve("b/model.bin")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/model-card.json")),
                Files.readAllBytes(dir.resolve("b/model-card.json")));
        assertArrayEquals(a.modelBytes(), b.modelBytes());
        String card = Files.readString(dir.resolve("a/model-card.json"));
        assertTrue(card.contains("\"scoredOn\" : \"origin=article quotes only"), card);
        assertTrue(card.contains("\"seed\" : 42"));
        assertTrue(card.contains("\"java\" : \"" + System.getProperty("java.version") + "\""));
        assertEquals(4 + 1, a.data().records().stream().filter(r -> !LabeledData.scored(r)).count());
    }

    @Test
    void syntheticQuotesAreNeverScored() {
        Training.Result r = Training.run(options(null, Learner.NB), new PrintWriter(new StringWriter()));
        long scored = r.data().records().stream().filter(LabeledData::scored).count();
        assertEquals(scored, r.cv().scored());
        assertEquals(scored, r.baseline().scored());
        assertEquals(18 + 3, scored, "18 article quotes in small.jsonl, 3 in small.csv");
    }

    @Test
    void theSpeakerAndNamesInTheContextNeverChangeThePrediction() {
        List<QuoteRecord> records = SyntheticCorpus.generate(300, 6, 11, 0.1);
        Trainer t = new Trainer(Fixtures.taxonomy().ids(), new Features(Features.cuePhrases(Fixtures.taxonomy())));
        for (Learner l : Learner.values()) {
            ParleyModel m = t.train(records, new TrainSettings(l, l, true, 1));
            Classifier c = new Classifier(m, null);
            for (QuoteRecord r : records.subList(0, 40)) {
                QuoteRecord renamed = new QuoteRecord(r.article(), r.kind(), r.text(), "Someone Else", "Else",
                        r.start(), r.end(), r.paragraph(), r.date(), "Another Outlet", r.context()
                        .replace(r.speaker(), "Quentin Ballard-Okoro").replace(r.speaker().split(" ")[0], "Quentin"),
                        r.topic(), r.stance(), null, null, r.origin());
                assertFalse(renamed.context().contains(r.speaker()));
                QuoteRecord a = c.classify(r);
                QuoteRecord b = c.classify(renamed);
                assertEquals(List.of(a.topic(), a.stance(), a.topicConfidence(), a.stanceConfidence()),
                        List.of(b.topic(), b.stance(), b.topicConfidence(), b.stanceConfidence()), r.text());
                assertEquals(c.classify(r.text(), r.context()), c.classify(renamed.text(), renamed.context()));
            }
        }
    }

    @Test
    void anUnwritableOutputFailsBeforeTrainingAndLeavesTheOldModel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("not-a-dir");
        Files.writeString(file, "x");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Training.run(options(file, null), new PrintWriter(new StringWriter())));
        assertTrue(e.getMessage().startsWith("cannot write to " + file + ":"), e.getMessage());

        Path out = dir.resolve("models");
        Training.run(options(out, Learner.NB), new PrintWriter(new StringWriter()));
        byte[] before = Files.readAllBytes(out.resolve("model.bin"));
        Training.Options bad = new Training.Options(List.of(Fixtures.resource("bad.jsonl")), Fixtures.TAXONOMY, out, 3,
                42, null, false, true, 1);
        assertThrows(IllegalArgumentException.class, () -> Training.run(bad, new PrintWriter(new StringWriter())));
        assertArrayEquals(before, Files.readAllBytes(out.resolve("model.bin")));
        try (var s = Files.list(out)) {
            assertEquals(List.of("model-card.json", "model.bin"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void classifyFillsTheRecordAndSuggesterLeavesLabelsEmpty() {
        List<QuoteRecord> records = SyntheticCorpus.generate(200, 4, 5, 0.2);
        Trainer t = new Trainer(Fixtures.taxonomy().ids(), new Features(Features.cuePhrases(Fixtures.taxonomy())));
        Classifier c = new Classifier(t.train(records, new TrainSettings(Learner.MAXENT, Learner.MAXENT, false, 1)), null);
        QuoteRecord filled = c.classify(records.get(0));
        assertTrue(filled.topicConfidence() > 0 && filled.topicConfidence() <= 1);
        assertEquals(records.get(0).speaker(), filled.speaker());
        Suggester s = new Suggester(c);
        List<QuoteRecord> least = s.leastConfident(records, 5);
        assertEquals(5, least.size());
        double worst = Math.min(least.get(4).topicConfidence(), least.get(4).stanceConfidence());
        for (QuoteRecord r : records) {
            QuoteRecord p = c.classify(r);
            if (!least.contains(p)) {
                assertTrue(Math.min(p.topicConfidence(), p.stanceConfidence()) >= worst);
            }
        }
        StringBuilder csv = new StringBuilder();
        s.writeCsv(records, 3, csv);
        String[] lines = csv.toString().split("\n");
        assertEquals(String.join(",", Suggester.COLUMNS), lines[0]);
        assertEquals(4, lines.length);
        assertTrue(lines[1].contains(",,," + least.get(0).topic() + "," + least.get(0).stance().label() + ","), lines[1]);
    }
}
