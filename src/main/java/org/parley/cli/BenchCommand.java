package org.parley.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.bench.BenchInputs;
import org.parley.bench.BenchResult;
import org.parley.bench.BenchSettings;
import org.parley.bench.BenchTable;
import org.parley.bench.Benchmark;
import org.parley.bench.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley bench}: throughput and peak heap of extract, classify and report over a generated corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates a corpus of N articles from the bundled ones (fictional names, random dates, "
                + "shuffled paragraphs; for speed only, never for accuracy), then measures each stage with each "
                + "thread count: articles/s, MB/s of article text, MB/s per core and peak heap.",
                "A warm-up pass runs first and is not counted. Output goes to a null writer. Progress on stderr, "
                        + "the table (markdown) on stdout."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "5000",
            description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Generator seed; the same seed gives the same corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "LIST", split = ",",
            description = "Thread counts to measure (default: 1 and all cores).")
    List<Integer> threads = new ArrayList<>();

    @Option(names = "--stages", paramLabel = "LIST", split = ",", defaultValue = "extract,classify,report",
            description = "Stages to measure: extract, classify, report (default: ${DEFAULT-VALUE}).")
    List<String> stages = new ArrayList<>();

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000",
            description = "Articles in the warm-up pass, at most N (default: ${DEFAULT-VALUE}; 0: none). The JIT "
                    + "needs some 10 s of work before the figures settle.")
    int warmup;

    @Option(names = "--keep", paramLabel = "FILE", description = "Write the generated corpus to FILE and keep it.")
    Path keep;

    @Option(names = "--corpus", paramLabel = "FILE", description = "Measure over this JSONL archive instead of "
            + "generating one.")
    Path corpus;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        List<Stage> stageList = new ArrayList<>();
        for (String s : stages) {
            try {
                stageList.add(Stage.parse(s));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--stages: " + e.getMessage());
            }
        }
        List<Integer> threadList = threads.isEmpty() ? defaultThreads() : threads;
        if (corpus != null && !Files.isRegularFile(corpus)) {
            throw new CommandLine.ParameterException(cl, "no such file: " + corpus);
        }
        if (keep != null && Files.isDirectory(keep)) {
            throw new CommandLine.ParameterException(cl, "--keep names a directory: " + keep);
        }
        BenchSettings settings;
        try {
            settings = new BenchSettings(articles, seed, threadList, stageList, corpus, keep,
                    corpus == null ? Math.min(warmup, articles) : warmup);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        BenchInputs inputs = new BenchInputs(ParleyHome.articles(), ParleyHome.registry(), ParleyHome.model(),
                ParleyHome.taxonomy());
        PrintWriter err = cl.getErr();
        err.println("parley bench: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, Java " + System.getProperty("java.version")
                + ", load average " + String.format(Locale.ROOT, "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " (other work on the machine stretches wall times; CPU s does not)");
        List<BenchResult> results = new Benchmark(settings, inputs, err).run();
        BenchTable.print(results, cl.getOut());
        return 0;
    }

    private static List<Integer> defaultThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return cores == 1 ? List.of(1) : List.of(1, cores);
    }
}
