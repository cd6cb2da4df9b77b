package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.classify.Classifier;
import org.parley.classify.Evaluator;
import org.parley.classify.LabelReader;
import org.parley.classify.LabeledData;
import org.parley.classify.Taxonomy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley evaluate}: scores a trained model on held-out labeled quotes. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score a trained model on held-out labels (origin=article quotes only) and show its most "
                + "confident mistakes.")
public final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", arity = "1..*", required = true, paramLabel = "FILE", description = "Held-out label files (.jsonl or .csv).")
    List<Path> data;

    @Option(names = "--model", defaultValue = "${sys:parley.home:-.}/models", paramLabel = "DIR", description = "Model directory (default: ${DEFAULT-VALUE}).")
    Path model;

    @Option(names = "--errors", defaultValue = "10", paramLabel = "N", description = "Most confident mistakes to show (default: ${DEFAULT-VALUE}).")
    int errors;

    @Option(names = "--taxonomy", defaultValue = "${sys:parley.home:-.}/corpus/taxonomy.yaml", paramLabel = "FILE", description = "Taxonomy file (default: ${DEFAULT-VALUE}).")
    Path taxonomy;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (errors < 0) {
            throw new CommandLine.ParameterException(cl, "--errors must not be negative");
        }
        Classifier classifier = Classifier.load(model);
        LabeledData labels = new LabelReader(Taxonomy.load(taxonomy), false).read(data);
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        labels.problems().forEach(p -> err.println("skipped " + p));
        Evaluator.Result r = Evaluator.evaluate(classifier, labels.records());
        out.print(r.evaluation().report(r.baseline()));
        out.println("(baseline: the majority topic and stance of the model's article training quotes)");
        out.printf("%nMost confident mistakes (%d of %d)%n", Math.min(errors, r.mistakes().size()), r.mistakes().size());
        r.mistakes().stream().limit(errors).forEach(m -> out.println(m.describe()));
        out.flush();
        return 0;
    }
}
