package org.parley.classify;

import java.util.List;
import org.parley.pipeline.QuoteRecord;

/**
 * Labeled quotes read for training or evaluation, with the rows that were skipped.
 *
 * @param records  the valid labeled quotes, in file order
 * @param problems one {@code file:line: reason} per skipped row
 * @param sources  each file read, with its SHA-256 and number of valid rows
 */
public record LabeledData(List<QuoteRecord> records, List<String> problems, List<Source> sources) {

    public LabeledData {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        sources = List.copyOf(sources);
    }

    /**
     * Whether a quote is scored in cross-validation and evaluation: everything but synthetic
     * statements. A record without origin counts as a real quote, since labels users make in a
     * spreadsheet come from articles.
     */
    public static boolean scored(QuoteRecord r) {
        return !QuoteRecord.ORIGIN_SYNTHETIC.equals(r.origin());
    }

    /**
     * One input file.
     *
     * @param name   file name (no directory, so the card does not depend on where the data lives)
     * @param sha256 hex SHA-256 of the file's bytes
     * @param rows   valid rows read from it
     */
    public record Source(String name, String sha256, int rows) {
    }
}
