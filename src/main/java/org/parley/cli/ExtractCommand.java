package org.parley.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.classify.Classifier;
import org.parley.io.AtomicOutput;
import org.parley.pipeline.ArticlePipeline;
import org.parley.pipeline.PipelineRun;
import org.parley.pipeline.RecordWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley extract}: articles in, attributed quotes out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Finds every quote and reported statement in articles and attributes it to its speaker.",
                "Offsets (start, end) count Unicode code points into the article text after its front matter; "
                        + "start inclusive, end exclusive.",
                "Warnings about unreadable input go to stderr, one line each; the run goes on. Exit 1 when no "
                        + "article could be read."})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people), jsonl or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--classify", description = "Add topic, stance and their confidences with the model.")
    boolean classify;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory for --classify (default: models/).")
    Path model;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        RecordWriter.Format fmt;
        try {
            fmt = RecordWriter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--format must be table, jsonl or csv, got '" + format + "'");
        }
        pipeline.validate(cl);
        if (model != null && !classify) {
            throw new CommandLine.ParameterException(cl, "--model needs --classify");
        }
        if (output != null && Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(cl, "-o names a directory: " + output);
        }
        Classifier classifier = classify ? Classifier.load(model != null ? model : ParleyHome.model()) : null;
        ArticlePipeline p = PipelineOptions.pipeline(pipeline.loadRegistry(), classifier);
        PrintWriter err = cl.getErr();
        PipelineRun.Summary summary;
        if (output == null) {
            summary = run(p, cl.getOut(), fmt, err);
        } else {
            try (AtomicOutput out = AtomicOutput.open(output)) {
                summary = run(p, out.writer(), fmt, err);
                if (summary.articlesRead() > 0) {
                    out.commit();
                }
            }
        }
        err.flush();
        if (summary.articlesRead() == 0) {
            err.println("parley: no article could be read");
            return 1;
        }
        return 0;
    }

    private PipelineRun.Summary run(ArticlePipeline p, Writer out, RecordWriter.Format fmt, PrintWriter err) {
        int width = terminalWidth();
        try (RecordWriter w = RecordWriter.create(fmt, out, width);
             Progress progress = Progress.start("extract", output != null)) {
            return PipelineRun.run(pipeline.inputs(), p, pipeline.threadCount(), warning -> err.println(warning),
                    result -> {
                        result.records().forEach(w::write);
                        progress.step();
                    });
        }
    }

    private static int terminalWidth() {
        try {
            String c = System.getenv("COLUMNS");
            return c == null ? 100 : Integer.parseInt(c.trim());
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
