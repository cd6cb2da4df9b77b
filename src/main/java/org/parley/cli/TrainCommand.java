package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.classify.Evaluation;
import org.parley.classify.LearningCurve;
import org.parley.classify.Learner;
import org.parley.classify.Training;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley train}: cross-validate, then train the topic and stance model on labeled quotes. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the topic and stance model on labeled quotes (JSONL or CSV), printing cross-validated "
                + "scores (origin=article quotes only) and writing model and model card.")
public final class TrainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", arity = "1..*", required = true, paramLabel = "FILE",
            description = "Label files: .jsonl records or .csv with header text,topic,stance.")
    List<Path> data;

    @Option(names = "--out", defaultValue = "${sys:parley.home:-.}/models", paramLabel = "DIR", description = "Model directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--folds", defaultValue = "10", paramLabel = "K", description = "Stratified folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--learner", defaultValue = "auto", paramLabel = "NAME",
            description = "auto (choose by cross-validation), maxent, svm or nb (default: ${DEFAULT-VALUE}).")
    String learner;

    @Option(names = "--by-article", description = "Leave-one-article-out cross-validation instead of stratified folds.")
    boolean byArticle;

    @Option(names = "--strict", description = "Fail on the first bad row instead of skipping it.")
    boolean strict;

    @Option(names = "--nested", description = "Also print the nested cross-validation estimate: the learner is "
            + "chosen inside each outer fold, so the figure is not flattered by the choice (about folds+1 times the work).")
    boolean nested;

    @Option(names = "--learning-curve", description = "With --by-article, also print how leave-one-article-out "
            + "quality grows with the number of real articles trained on (0 to n-1), and the trend's estimate of how "
            + "many articles would reach --target-accuracy.")
    boolean learningCurve;

    @Option(names = "--target-accuracy", defaultValue = "0.75", paramLabel = "A",
            description = "Topic accuracy the learning-curve trend is extrapolated to (default: ${DEFAULT-VALUE}).")
    double targetAccuracy;

    @Option(names = "--taxonomy", defaultValue = "${sys:parley.home:-.}/corpus/taxonomy.yaml", paramLabel = "FILE",
            description = "Taxonomy file (default: ${DEFAULT-VALUE}).")
    Path taxonomy;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (folds < 2) {
            throw new CommandLine.ParameterException(cl, "--folds must be at least 2, got " + folds);
        }
        if (learningCurve && !byArticle) {
            throw new CommandLine.ParameterException(cl, "--learning-curve needs --by-article (it counts articles)");
        }
        if (!(targetAccuracy > 0 && targetAccuracy <= 1)) {
            throw new CommandLine.ParameterException(cl, "--target-accuracy must be in (0, 1], got " + targetAccuracy);
        }
        Learner l;
        try {
            l = learner.equals("auto") ? null : Learner.parse(learner);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        PrintWriter stdout = cl.getOut();
        PrintWriter err = cl.getErr();
        Training.Result r = Training.run(new Training.Options(data, taxonomy, this.out, folds, seed, l, byArticle, strict,
                Runtime.getRuntime().availableProcessors()), err);
        int shown = 0;
        for (String p : r.data().problems()) {
            if (shown++ < 20) {
                err.println("skipped " + p);
            }
        }
        if (!r.data().problems().isEmpty()) {
            err.println("skipped " + r.data().problems().size() + " bad rows (use --strict to fail on the first)");
        }
        stdout.println("Cross-validation: " + r.scheme());
        stdout.println();
        stdout.print(Training.candidateTable(r.candidates()));
        stdout.println();
        stdout.printf("Chosen: topic %s, stance %s (%s)%n", r.settings().topicLearner().label(),
                r.settings().stanceLearner().label(), r.settings().stanceCrossed() ? "features crossed with topic" : "shared features");
        stdout.print(r.cv().report(r.baseline()));
        stdout.println();
        if (nested) {
            Evaluation e = Training.nested(new Training.Options(data, taxonomy, null, folds, seed, l, byArticle, strict,
                    Runtime.getRuntime().availableProcessors())).evaluation();
            stdout.printf(Locale.ROOT, "Nested %s (learner chosen inside each outer fold): topic accuracy %.3f, "
                    + "macro-F1 %.3f; stance accuracy %.3f, macro-F1 %.3f, F_avg %.3f%n%n", r.scheme(),
                    e.topic().accuracy(), e.topic().macroF1(), e.stance().accuracy(), e.stance().macroF1(),
                    e.stance().favg());
        }
        if (learningCurve) {
            List<LearningCurve.Point> curve = Training.learningCurve(new Training.Options(data, taxonomy, null, folds,
                    seed, l, byArticle, strict, Runtime.getRuntime().availableProcessors()), r.settings(), 10);
            stdout.print(LearningCurve.table(curve, targetAccuracy));
            stdout.println();
        }
        stdout.println("Wrote " + this.out.resolve("model.bin") + " and " + this.out.resolve("model-card.json"));
        stdout.flush();
        return 0;
    }
}
