package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.parley.pipeline.QuoteRecord;

/**
 * Keeps the evidence on the heap, grouped by topic. Right for a few thousand articles; for the full
 * corpus use {@link SpillingEvidenceStore}. Not thread-safe (see {@link EvidenceStore}).
 */
public final class InMemoryEvidenceStore implements EvidenceStore {

    private final Map<String, List<QuoteRecord>> byTopic = new TreeMap<>();

    @Override
    public void add(QuoteRecord quote) {
        byTopic.computeIfAbsent(quote.topic(), t -> new ArrayList<>()).add(Quotes.slim(quote));
    }

    @Override
    public List<QuoteRecord> select(String topic, Predicate<QuoteRecord> keep) {
        List<QuoteRecord> out = new ArrayList<>();
        for (QuoteRecord q : byTopic.getOrDefault(topic, List.of())) {
            if (keep.test(q)) {
                out.add(q);
            }
        }
        out.sort(Quotes.NEWEST_FIRST);
        return out;
    }

    @Override
    public void close() {
        byTopic.clear();
    }
}
