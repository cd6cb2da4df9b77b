package org.parley.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.parley.classify.Classifier;
import org.parley.classify.Taxonomy;
import org.parley.pipeline.ArticlePipeline;
import org.parley.pipeline.PipelineRun;
import org.parley.pipeline.RecordWriter;
import org.parley.quote.QuoteExtractor;
import org.parley.report.CorpusCounter;
import org.parley.report.ModelSummary;
import org.parley.report.PositionReport;
import org.parley.report.ReportFormat;
import org.parley.report.ReportOptions;
import org.parley.report.SpillingEvidenceStore;
import org.parley.speaker.Attributor;
import org.parley.speaker.Entity;
import org.parley.speaker.Registry;

/**
 * Measures the pipeline over a generated (or given) JSONL archive: every stage × thread count runs the
 * library code the commands run — {@link PipelineRun} over the archive, then records to a JSONL writer
 * or into a {@link PositionReport} — with output going to a null writer, so only Parley's work is
 * timed, not a disk or a terminal.
 *
 * <p>A warm-up pass over the first {@link BenchSettings#warmupArticles()} articles runs every selected
 * stage with every thread count before measuring, so the JIT has compiled the hot code along both
 * paths (one thread runs on the caller's thread, more on a pool; warming only the pool left the first
 * one-thread run paying seconds of compilation); the model is loaded once, before
 * the warm-up, and not timed (it is start-up, measured separately). Each run starts after a full GC
 * with the heap pools' peaks reset ({@link HeapPeak}).
 *
 * <p>Not thread-safe, and not meant to share a JVM with other work: the heap figures are JVM-wide.
 */
public final class Benchmark {

    private final BenchSettings settings;
    private final BenchInputs inputs;
    private final PrintWriter log;
    private Registry registry;
    private Classifier classifier;
    private Taxonomy taxonomy;

    /**
     * @param log receives progress lines (corpus written, warm-up done, each run) as the benchmark goes
     */
    public Benchmark(BenchSettings settings, BenchInputs inputs, PrintWriter log) {
        this.settings = settings;
        this.inputs = inputs;
        this.log = log;
    }

    /** Runs the benchmark and returns one result per stage × thread count, stages outermost. */
    public List<BenchResult> run() {
        registry = Registry.load(inputs.registry());
        Path tmp = null;
        try {
            Path corpus = settings.corpus();
            if (corpus == null) {
                Path file = settings.keep();
                if (file == null) {
                    tmp = Files.createTempDirectory("parley-bench");
                    file = tmp.resolve("corpus.jsonl");
                }
                long t0 = System.nanoTime();
                BenchCorpus.Written w = BenchCorpus.write(BenchCorpus.generator(inputs.seedArticles(), registry,
                        inputs.registry()),
                        settings.articles(), settings.seed(), file);
                log.printf(Locale.ROOT, "corpus: %d generated articles (seed %d), %.1f MB of text, %.1f MB JSONL, "
                                + "written in %.1f s to %s%n", w.articles(), settings.seed(), w.textChars() / 1e6,
                        w.bytes() / 1e6, (System.nanoTime() - t0) / 1e9, file);
                corpus = file;
            }
            if (settings.stages().stream().anyMatch(Stage::classifies)) {
                classifier = Classifier.load(inputs.model());
            }
            if (settings.stages().contains(Stage.REPORT)) {
                taxonomy = Taxonomy.load(inputs.taxonomy());
            }
            if (settings.warmupArticles() > 0) {
                if (tmp == null) {
                    tmp = Files.createTempDirectory("parley-bench");
                }
                Path warm = tmp.resolve("warmup.jsonl");
                BenchCorpus.head(corpus, warm, settings.warmupArticles());
                long t0 = System.nanoTime();
                for (Stage s : settings.stages()) {
                    for (int threads : new TreeSet<>(settings.threads())) {
                        measure(s, threads, warm);
                    }
                }
                log.printf(Locale.ROOT, "warm-up: every stage with every thread count over the first %d articles "
                        + "(%.1f s, not counted)%n", settings.warmupArticles(), (System.nanoTime() - t0) / 1e9);
            }
            List<BenchResult> results = new ArrayList<>();
            for (Stage s : settings.stages()) {
                for (int threads : settings.threads()) {
                    BenchResult r = measure(s, threads, corpus);
                    log.printf(Locale.ROOT, "%s, %d thread(s): %.1f s%n", s.id(), threads, r.seconds());
                    results.add(r);
                }
            }
            log.flush();
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private BenchResult measure(Stage stage, int threads, Path corpus) {
        ArticlePipeline pipeline = new ArticlePipeline(new QuoteExtractor(), new Attributor(registry),
                stage.classifies() ? classifier : null);
        long[] warnings = {0};
        HeapPeak.reset();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        PipelineRun.Summary summary;
        try {
            if (stage == Stage.REPORT) {
                summary = report(pipeline, threads, corpus, warnings);
            } else {
                try (RecordWriter w = RecordWriter.create(RecordWriter.Format.JSONL, Writer.nullWriter(), 100)) {
                    summary = PipelineRun.run(List.of(corpus), pipeline, threads, x -> warnings[0]++,
                            result -> result.records().forEach(w::write));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long nanos = Math.max(1, System.nanoTime() - t0);
        long cpu = Math.max(0, cpuNanos() - cpu0);
        long peak = HeapPeak.bytes();
        if (warnings[0] > 0) {
            log.printf(Locale.ROOT, "%s, %d thread(s): %d warnings about the input (not shown)%n", stage.id(), threads,
                    warnings[0]);
        }
        return new BenchResult(stage, threads, summary.articlesRead(), summary.quotes(), summary.textChars(), nanos,
                cpu, peak);
    }

    private PipelineRun.Summary report(ArticlePipeline pipeline, int threads, Path corpus, long[] warnings)
            throws IOException {
        Function<String, Optional<String>> canonical = name -> Optional.of(
                registry.lookup(name).map(Entity::name).orElse(name.strip()));
        ModelSummary model = new ModelSummary("benchmark", null, null, classifier.threshold());
        try (PositionReport report = PositionReport.open(taxonomy, model, ReportOptions.defaults(), canonical,
                new SpillingEvidenceStore(null))) {
            CorpusCounter counts = new CorpusCounter();
            PipelineRun.Summary summary = PipelineRun.run(List.of(corpus), pipeline, threads, x -> warnings[0]++,
                    result -> {
                        counts.accept(result);
                        result.records().forEach(report::accept);
                    });
            report.write(counts.summary(), ReportFormat.MARKDOWN, Writer.nullWriter());
            return summary;
        }
    }

    /** CPU time of the whole JVM so far, or 0 where the platform does not tell. */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is not worth failing a finished benchmark
        }
    }
}
