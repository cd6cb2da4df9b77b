package org.parley.report;

import java.util.List;
import java.util.TreeSet;
import org.parley.pipeline.ArticleResult;
import org.parley.pipeline.QuoteRecord;

/**
 * Counts what the report header says about the corpus (articles, undated articles, outlets, quotes,
 * attributed quotes) as the pipeline's results stream past. Memory holds only the distinct outlet
 * names. Not thread-safe: feed it from the thread that consumes results in input order.
 */
public final class CorpusCounter {

    private long articles;
    private long undated;
    private long quotes;
    private long attributed;
    private final TreeSet<String> outlets = new TreeSet<>();

    /** Counts one article's result; an article that could not be read counts for nothing. */
    public void accept(ArticleResult r) {
        if (!r.read()) {
            return;
        }
        articles++;
        if (r.article().date() == null) {
            undated++;
        }
        if (r.article().outlet() != null) {
            outlets.add(r.article().outlet());
        }
        for (QuoteRecord q : r.records()) {
            quotes++;
            if (q.speaker() != null) {
                attributed++;
            }
        }
    }

    public CorpusSummary summary() {
        return new CorpusSummary(articles, undated, List.copyOf(outlets), quotes, attributed);
    }
}
