package org.parley.report;

import java.io.Closeable;
import java.util.List;
import java.util.function.Predicate;
import org.parley.pipeline.QuoteRecord;

/**
 * Keeps the quotes a report lists as evidence, so that aggregation can stream and only the listing needs
 * the quotes themselves, one topic at a time.
 *
 * <p>Contract: {@link #add} is called during aggregation (under the aggregator's lock, never
 * concurrently), then {@link #select} any number of times, then {@link #close}. Every quote added has a
 * non-null topic. Implementations need not be thread-safe beyond that.
 */
public interface EvidenceStore extends Closeable {

    /** Keeps one quote. */
    void add(QuoteRecord quote);

    /**
     * The kept quotes on {@code topic} that {@code keep} accepts, in {@link Quotes#NEWEST_FIRST} order.
     * Holds at most one topic's selected quotes in memory.
     */
    List<QuoteRecord> select(String topic, Predicate<QuoteRecord> keep);

    /** Releases what the store holds (temporary files); never throws for an already closed store. */
    @Override
    void close();
}
