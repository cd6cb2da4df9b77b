package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.classify.Classifier;
import org.parley.pipeline.ArticlePipeline;
import org.parley.quote.QuoteExtractor;
import org.parley.speaker.Attributor;
import org.parley.speaker.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Options shared by the commands that run the pipeline over articles ({@code extract},
 * {@code report}, {@code suggest}), and the checks made on them before any long work starts.
 */
public final class PipelineOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Article files (.txt, .md), directories (read recursively) or JSON Lines archives "
                    + "(.jsonl, .jsonl.gz). Default: the bundled corpus/articles/.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--registry", paramLabel = "FILE",
            description = "Speaker registry (default: corpus/speakers.yaml).")
    Path registry;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores). Output is identical for any N.")
    Integer threads;

    List<Path> inputs() {
        return paths.isEmpty() ? List.of(ParleyHome.articles()) : List.copyOf(paths);
    }

    int threadCount() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** Validates paths and numbers before any work; throws a picocli usage error (exit 2). */
    void validate(CommandLine cl) {
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new CommandLine.ParameterException(cl, "--threads must be between 1 and 1024, got " + threads);
        }
        for (Path p : inputs()) {
            if (!Files.exists(p)) {
                throw new CommandLine.ParameterException(cl, "no such file or directory: " + p);
            }
        }
        Path reg = registryPath();
        if (!Files.isRegularFile(reg)) {
            throw new CommandLine.ParameterException(cl, "speaker registry not found: " + reg
                    + " (set it with --registry)");
        }
    }

    Path registryPath() {
        return registry != null ? registry : ParleyHome.registry();
    }

    Registry loadRegistry() {
        return Registry.load(registryPath());
    }

    /** Builds the pipeline; {@code classifier} may be null. */
    static ArticlePipeline pipeline(Registry registry, Classifier classifier) {
        return new ArticlePipeline(new QuoteExtractor(), new Attributor(registry), classifier);
    }
}
