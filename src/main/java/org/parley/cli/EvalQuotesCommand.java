package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.eval.QuoteEvalPrinter;
import org.parley.eval.QuoteEvaluation;
import org.parley.pipeline.QuoteRecordReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parley eval-quotes}: extraction quality against hand-labeled quotes. */
@Command(name = "eval-quotes", mixinStandardHelpOptions = true,
        description = {"Measures quote extraction and attribution against gold labels.",
                "Pairs predicted and gold quotes of the same article by word overlap, then prints quote "
                        + "precision/recall/F1 (overall and per kind), speaker attribution accuracy, and the "
                        + "misses, false alarms and wrong speakers.",
                "Both files are JSON Lines records (ANNOTATION.md §5), e.g. `parley extract --format jsonl`."})
public final class EvalQuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold quotes (JSONL).")
    Path gold;

    @Option(names = "--pred", required = true, paramLabel = "FILE", description = "Predicted quotes (JSONL).")
    Path pred;

    @Option(names = "--min-overlap", paramLabel = "X", defaultValue = "0.5",
            description = "Word overlap (Dice, 0-1] for two quotes to count as the same (default: ${DEFAULT-VALUE}).")
    double minOverlap;

    @Option(names = "--list", paramLabel = "N", defaultValue = "50",
            description = "List at most N misses, false alarms and wrong speakers (default: ${DEFAULT-VALUE}).")
    int list;

    @Override
    public Integer call() {
        if (!(minOverlap > 0 && minOverlap <= 1)) {
            throw new ParameterException(spec.commandLine(), "--min-overlap must be in (0, 1], got " + minOverlap);
        }
        if (list < 0) {
            throw new ParameterException(spec.commandLine(), "--list must not be negative");
        }
        QuoteEvaluation ev = QuoteEvaluation.evaluate(QuoteRecordReader.readAll(gold),
                QuoteRecordReader.readAll(pred), minOverlap);
        QuoteEvalPrinter.print(ev, spec.commandLine().getOut(), list);
        return 0;
    }
}
