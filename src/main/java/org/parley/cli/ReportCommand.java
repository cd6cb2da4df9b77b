package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.parley.classify.Classifier;
import org.parley.classify.Taxonomy;
import org.parley.io.AtomicOutput;
import org.parley.pipeline.ArticlePipeline;
import org.parley.pipeline.PipelineRun;
import org.parley.report.CorpusCounter;
import org.parley.report.CorpusSummary;
import org.parley.report.PositionReport;
import org.parley.report.ReportFormat;
import org.parley.report.ReportOptions;
import org.parley.report.SpillingEvidenceStore;
import org.parley.report.UnknownNameException;
import org.parley.speaker.Entity;
import org.parley.speaker.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley report}: the side-by-side position report — the main job. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Compiles a markdown position report: speakers × topics, with the verbatim evidence behind "
                + "every cell, agreement and divergence, and stance shifts over time.",
                "With no PATH it reads the bundled corpus/articles/ and writes reports/positions.md; with PATHs "
                        + "and no -o it writes to standard output."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE, atomically ('-' for standard output).")
    String output;

    @Option(names = "--speakers", split = ",", paramLabel = "NAME",
            description = "Speakers to compare, by any name or alias in the registry (default: the most quoted).")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--topics", split = ",", paramLabel = "ID", description = "Topic ids to show (default: all).")
    List<String> topics = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "First article date (YYYY-MM-DD) to include.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last article date (YYYY-MM-DD) to include.")
    String to;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "Leave out quotes whose topic or stance confidence is below X (0-1; default ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--top", paramLabel = "N",
            description = "Without --speakers: the featured speakers of corpus/report.yaml, then the most quoted, "
                    + "up to N columns (default: 'top' in corpus/report.yaml, else "
                    + ReportOptions.DEFAULT_TOP_SPEAKERS + ").")
    Integer top;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: models/).")
    Path model;

    @Option(names = "--taxonomy", paramLabel = "FILE", description = "Taxonomy (default: corpus/taxonomy.yaml).")
    Path taxonomy;

    @Option(names = "--stamp", description = "Add the generation time (makes the report differ run to run).")
    boolean stamp;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        ReportFormat fmt;
        try {
            fmt = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--format must be markdown or json, got '" + format + "'");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new CommandLine.ParameterException(cl, "--min-confidence must be in [0, 1], got " + minConfidence);
        }
        if (top != null && top < 1) {
            throw new CommandLine.ParameterException(cl, "--top must be at least 1");
        }
        LocalDate fromDate = date(cl, "--from", from);
        LocalDate toDate = date(cl, "--to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new CommandLine.ParameterException(cl, "--to " + toDate + " is before --from " + fromDate);
        }
        pipeline.validate(cl);
        Path taxonomyFile = taxonomy != null ? taxonomy : ParleyHome.taxonomy();
        Path modelDir = model != null ? model : ParleyHome.model();
        if (!Files.isDirectory(modelDir)) {
            throw new CommandLine.ParameterException(cl, "model directory not found: " + modelDir
                    + " (train one with 'parley train' or set --model)");
        }
        Path out = outputPath(fmt);
        if (out != null && Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(cl, "-o names a directory: " + out);
        }
        Taxonomy tax = Taxonomy.load(taxonomyFile);
        Registry registry = pipeline.loadRegistry();
        Function<String, Optional<String>> canonical = name -> Optional.of(
                registry.lookup(name).map(Entity::name).orElse(name.strip()));
        ReportDefaults defaults = ReportDefaults.load(ParleyHome.dir().resolve("corpus/report.yaml"));
        List<String> featured = defaults.featured().stream().map(n -> canonical.apply(n).orElseThrow()).toList();
        int columns = top != null ? top : defaults.top() != null ? defaults.top() : ReportOptions.DEFAULT_TOP_SPEAKERS;
        ReportOptions options = ReportOptions.defaults().withSpeakers(speakers).withTopics(topics)
                .withPeriod(fromDate, toDate).withMinConfidence(minConfidence).withStamp(stamp)
                .withTopSpeakers(columns).withFeatured(featured);
        Classifier classifier = Classifier.load(modelDir);
        ArticlePipeline p = PipelineOptions.pipeline(registry, classifier);
        PrintWriter err = cl.getErr();
        // The output file is opened (as a temporary beside it) before the long run, so an unwritable
        // -o fails at once; the target is replaced only when the report is complete.
        try (AtomicOutput o = out == null ? null : AtomicOutput.open(out);
             PositionReport report = PositionReport.open(tax, ModelSummaries.from(classifier.card()), options,
                     canonical, new SpillingEvidenceStore(null))) {
            CorpusCounter counter = new CorpusCounter();
            PipelineRun.Summary summary;
            try (Progress progress = Progress.start("report", true)) {
                summary = PipelineRun.run(pipeline.inputs(), p, pipeline.threadCount(), err::println, result -> {
                    counter.accept(result);
                    result.records().forEach(report::accept);
                    progress.step();
                });
            }
            if (summary.articlesRead() == 0) {
                err.println("parley: no article could be read");
                return 1;
            }
            CorpusSummary corpus = counter.summary();
            if (o == null) {
                report.write(corpus, fmt, cl.getOut());
            } else {
                report.write(corpus, fmt, o.writer());
                o.commit();
                err.println("parley: wrote " + out + " (" + summary.articlesRead() + " articles, " + summary.quotes()
                        + " quotes)");
            }
        } catch (UnknownNameException e) {
            err.println("parley: " + e.getMessage());
            return 2;
        }
        return 0;
    }

    private Path outputPath(ReportFormat fmt) {
        if ("-".equals(output)) {
            return null;
        }
        if (output != null) {
            return Path.of(output);
        }
        if (pipeline.paths.isEmpty()) {
            return ParleyHome.reports().resolve(fmt == ReportFormat.JSON ? "positions.json" : "positions.md");
        }
        return null;
    }

    private static LocalDate date(CommandLine cl, String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(cl, option + " must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }
}
