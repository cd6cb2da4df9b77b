package org.parley.report;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Counts only the pipeline knows (the report counts quotes itself). Immutable and thread-safe.
 *
 * @param articlesRead         articles the pipeline read
 * @param articlesWithoutDate  of those, articles with no date in their metadata
 * @param outlets              outlet names; stored sorted and without duplicates so the header is deterministic
 * @param quotesFound          quotes the extractor found
 * @param quotesAttributed     of those, quotes attributed to a named speaker
 */
public record CorpusSummary(long articlesRead, long articlesWithoutDate, List<String> outlets, long quotesFound,
                            long quotesAttributed) {

    public CorpusSummary {
        if (articlesRead < 0 || articlesWithoutDate < 0 || quotesFound < 0 || quotesAttributed < 0) {
            throw new IllegalArgumentException("corpus counts must not be negative");
        }
        if (articlesWithoutDate > articlesRead) {
            throw new IllegalArgumentException("articlesWithoutDate (" + articlesWithoutDate
                    + ") exceeds articlesRead (" + articlesRead + ")");
        }
        if (quotesAttributed > quotesFound) {
            throw new IllegalArgumentException("quotesAttributed (" + quotesAttributed
                    + ") exceeds quotesFound (" + quotesFound + ")");
        }
        TreeSet<String> sorted = new TreeSet<>();
        if (outlets != null) {
            for (String o : outlets) {
                Objects.requireNonNull(o, "outlet");
                sorted.add(o);
            }
        }
        outlets = List.copyOf(sorted);
    }
}
