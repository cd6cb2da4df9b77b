package org.parley.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.pipeline.QuoteRecord;

/**
 * Picks the quotes the model is least sure of and writes them as a CSV ready to label (active
 * learning by uncertainty sampling). The {@code topic} and {@code stance} columns are left empty for
 * the labeler; the model's guesses go in separate {@code suggested_*} columns, so a file that is
 * labeled and fed back to {@code parley train} never mistakes a guess for a label. Thread-safe.
 */
public final class Suggester {

    /** CSV columns, in order. */
    public static final List<String> COLUMNS = List.of("text", "context", "topic", "stance", "suggested_topic",
            "suggested_stance", "topic_confidence", "stance_confidence", "article", "origin");

    private final Classifier classifier;

    public Suggester(Classifier classifier) {
        this.classifier = classifier;
    }

    /**
     * The {@code n} records with the lowest confidence (the smaller of the two decisions' confidences),
     * least confident first, ties in input order; each carries the model's prediction.
     */
    public List<QuoteRecord> leastConfident(List<QuoteRecord> records, int n) {
        List<QuoteRecord> predicted = new ArrayList<>(records.size());
        for (QuoteRecord r : records) {
            predicted.add(classifier.classify(r));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> confidence(predicted.get(i))).thenComparing(i -> i));
        List<QuoteRecord> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, order.size()); i++) {
            out.add(predicted.get(order.get(i)));
        }
        return out;
    }

    private static double confidence(QuoteRecord r) {
        return Math.min(r.topicConfidence(), r.stanceConfidence());
    }

    /** Writes {@link #leastConfident} as CSV with a header; origin defaults to {@code article}. */
    public void writeCsv(List<QuoteRecord> records, int n, Appendable out) {
        try {
            // not closed: closing would close the caller's stream
            CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            p.printRecord(COLUMNS);
            for (QuoteRecord r : leastConfident(records, n)) {
                p.printRecord(r.text(), r.context(), "", "", r.topic(), r.stance().label(),
                        String.format(Locale.ROOT, "%.4f", r.topicConfidence()),
                        String.format(Locale.ROOT, "%.4f", r.stanceConfidence()), r.article(),
                        r.origin() == null ? QuoteRecord.ORIGIN_ARTICLE : r.origin());
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
