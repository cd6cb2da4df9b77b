package org.parley.classify;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.parley.pipeline.QuoteRecord;
import org.parley.pipeline.QuoteRecordJson;

/**
 * Training and classification speed on 10,000 generated labeled quotes with 10-fold CV. Runs only on
 * request: {@code mvn -o test -Dtest=TrainBenchmark -Dparley.bench=true}. Prints the learner table and
 * the timings; the figures are measured, not asserted (machines differ).
 */
@EnabledIfSystemProperty(named = "parley.bench", matches = "true")
class TrainBenchmark {

    @Test
    void tenThousandQuotes(@TempDir Path dir) throws Exception {
        List<QuoteRecord> records = SyntheticCorpus.generate(10_000, 200, 2026, 0.1);
        Path data = dir.resolve("bench.jsonl");
        Files.write(data, records.stream().map(QuoteRecordJson::write).toList());
        int threads = Runtime.getRuntime().availableProcessors();
        for (String learner : new String[] {"maxent", "svm", "nb", "auto"}) {
            long t0 = System.nanoTime();
            Training.Result r = Training.run(new Training.Options(List.of(data), Fixtures.TAXONOMY, dir.resolve(learner),
                    10, 42, learner.equals("auto") ? null : Learner.parse(learner), false, false, threads),
                    new PrintWriter(new StringWriter()));
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%n== learner %s: 10,000 quotes, 10-fold CV + final model, %d threads: %.1f s%n",
                    learner, threads, secs);
            System.out.print(Training.candidateTable(r.candidates()));
            if (learner.equals("auto")) {
                Classifier c = Classifier.load(dir.resolve(learner));
                for (QuoteRecord q : records.subList(0, 2000)) {
                    c.classify(q.text(), q.context());
                }
                long t1 = System.nanoTime();
                for (QuoteRecord q : records) {
                    c.classify(q.text(), q.context());
                }
                System.out.printf(Locale.ROOT, "classify: %.1f µs per quote (mean over 10,000, after warm-up)%n",
                        (System.nanoTime() - t1) / 1e3 / records.size());
            }
        }
    }
}
