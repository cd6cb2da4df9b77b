package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import org.parley.classify.Classifier;
import org.parley.classify.Suggester;
import org.parley.io.AtomicOutput;
import org.parley.pipeline.PipelineRun;
import org.parley.pipeline.QuoteRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley suggest}: the quotes most worth labeling next (active learning). */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Extracts and classifies quotes, then writes the N the model is least sure of as a CSV "
                + "ready to label: fill in the empty topic and stance columns (the model's guesses are in "
                + "suggested_topic and suggested_stance) and pass the file to 'parley train --data'."})
public final class SuggestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = {"-n", "--n"}, paramLabel = "N", defaultValue = "50",
            description = "How many quotes to suggest (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", required = true,
            description = "CSV file to write (atomically).")
    Path output;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: models/).")
    Path model;

    /** A record and its position in the input, so ties keep input order whatever the thread count. */
    private record Ranked(QuoteRecord record, long index) {
        double confidence() {
            return Math.min(record.topicConfidence(), record.stanceConfidence());
        }
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (n < 1) {
            throw new CommandLine.ParameterException(cl, "-n must be at least 1, got " + n);
        }
        if (Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(cl, "-o names a directory: " + output);
        }
        pipeline.validate(cl);
        Classifier classifier = Classifier.load(model != null ? model : ParleyHome.model());
        // Keep only the n least confident seen so far: memory stays flat however large the archive.
        Comparator<Ranked> mostConfidentFirst = Comparator.comparingDouble(Ranked::confidence)
                .thenComparingLong(Ranked::index).reversed();
        PriorityQueue<Ranked> keep = new PriorityQueue<>(mostConfidentFirst);
        long[] seen = {0};
        try (AtomicOutput out = AtomicOutput.open(output)) {
            PipelineRun.Summary summary = PipelineRun.run(pipeline.inputs(),
                    PipelineOptions.pipeline(pipeline.loadRegistry(), classifier), pipeline.threadCount(),
                    cl.getErr()::println, result -> {
                        for (QuoteRecord r : result.records()) {
                            keep.add(new Ranked(r, seen[0]++));
                            if (keep.size() > n) {
                                keep.poll();
                            }
                        }
                    });
            if (summary.articlesRead() == 0) {
                cl.getErr().println("parley: no article could be read");
                return 1;
            }
            List<Ranked> chosen = new ArrayList<>(keep);
            chosen.sort(mostConfidentFirst.reversed());
            new Suggester(classifier).writeCsv(chosen.stream().map(Ranked::record).toList(), n, out.writer());
            out.commit();
        }
        cl.getErr().println("parley: wrote " + Math.min(n, seen[0]) + " of " + seen[0] + " quotes to " + output);
        return 0;
    }
}
