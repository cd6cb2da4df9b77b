package org.parley.report;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.classify.Stance;
import org.parley.classify.Taxonomy;
import org.parley.pipeline.QuoteRecord;

/**
 * The streaming half of the report: one pass over the quotes, keeping counts (cells, per-day stances
 * for shifts, speaker totals, anonymous mentions) and handing the quotes to be listed to the
 * {@link EvidenceStore}. Memory grows with speakers × topics × days and distinct article ids, not with
 * quotes. Not thread-safe: {@link PositionReport} serialises calls.
 */
final class Aggregator {

    private final Taxonomy taxonomy;
    private final Set<String> topics;
    private final Set<String> tracked;
    private final boolean keepOther;
    private final LocalDate from;
    private final LocalDate to;
    private final double minConfidence;
    private final double uncertainBelow;
    private final EvidenceStore store;

    long seen;
    long unclassified;
    long unknownTopic;
    long outsidePeriod;
    long belowMinConfidence;
    long otherTopics;
    long included;
    long undated;
    long uncertain;
    long unattributed;
    LocalDate first;
    LocalDate last;
    private final Set<String> articles = new HashSet<>();
    /** Attributed quotes per speaker in the whole input, before filters: the names a user may choose from. */
    final Map<String, Long> inputSpeakers = new TreeMap<>();
    /** Included quotes on position topics per speaker: the default selection ranks by it. */
    final Map<String, Long> positionQuotes = new TreeMap<>();
    /** Included quotes on {@code other} per speaker. */
    final Map<String, Long> otherQuotes = new TreeMap<>();
    /** Included unattributed quotes per mention (the mention "(none)" when the article gave none). */
    final Map<String, Long> mentions = new TreeMap<>();
    /** speaker → topic → {support, oppose, neutral, uncertain support, uncertain oppose, uncertain neutral}. */
    private final Map<String, Map<String, int[]>> cells = new TreeMap<>();
    /** speaker → topic → day → {support, oppose} over confident dated quotes: the input of shift detection. */
    final Map<String, Map<String, TreeMap<LocalDate, int[]>>> days = new TreeMap<>();

    /**
     * @param topics  position topics to include (never {@code other}); all others are dropped
     * @param tracked canonical speakers whose cells, shifts and evidence are kept, or null for everyone
     *                (the default selection is only known at the end)
     * @param keepOther whether quotes on {@code other} are counted (false when the user chose topics)
     */
    Aggregator(Taxonomy taxonomy, Set<String> topics, Set<String> tracked, boolean keepOther, LocalDate from,
               LocalDate to, double minConfidence, double uncertainBelow, EvidenceStore store) {
        this.taxonomy = taxonomy;
        this.topics = Set.copyOf(topics);
        this.tracked = tracked == null ? null : Set.copyOf(tracked);
        this.keepOther = keepOther;
        this.from = from;
        this.to = to;
        this.minConfidence = minConfidence;
        this.uncertainBelow = uncertainBelow;
        this.store = store;
    }

    void accept(QuoteRecord quote) {
        QuoteRecord q = Quotes.slim(quote);
        seen++;
        if (q.speaker() != null) {
            inputSpeakers.merge(q.speaker(), 1L, Long::sum);
        }
        if (q.topic() == null || q.stance() == null) {
            unclassified++;
            return;
        }
        if (!taxonomy.contains(q.topic())) {
            unknownTopic++;
            return;
        }
        boolean other = Taxonomy.OTHER.equals(q.topic());
        if (other ? !keepOther : !topics.contains(q.topic())) {
            return;
        }
        LocalDate d = q.date();
        if (d != null && ((from != null && d.isBefore(from)) || (to != null && d.isAfter(to)))) {
            outsidePeriod++;
            return;
        }
        if (Quotes.below(q, minConfidence)) {
            belowMinConfidence++;
            return;
        }
        included++;
        if (q.article() != null) {
            articles.add(q.article());
        }
        if (d == null) {
            undated++;
        } else {
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        boolean unsure = Quotes.below(q, uncertainBelow);
        if (unsure) {
            uncertain++;
        }
        if (other) {
            otherTopics++;
            if (q.speaker() != null) {
                otherQuotes.merge(q.speaker(), 1L, Long::sum);
            } else {
                unattributed++;
                mentions.merge(mention(q), 1L, Long::sum);
            }
            return;
        }
        if (q.speaker() == null) {
            unattributed++;
            mentions.merge(mention(q), 1L, Long::sum);
            store.add(q);
            return;
        }
        positionQuotes.merge(q.speaker(), 1L, Long::sum);
        if (tracked != null && !tracked.contains(q.speaker())) {
            return;
        }
        int[] c = cells.computeIfAbsent(q.speaker(), s -> new TreeMap<>())
                .computeIfAbsent(q.topic(), t -> new int[6]);
        c[q.stance().ordinal() + (unsure ? 3 : 0)]++;
        if (d != null && !unsure && q.stance() != Stance.NEUTRAL) {
            days.computeIfAbsent(q.speaker(), s -> new TreeMap<>())
                    .computeIfAbsent(q.topic(), t -> new TreeMap<>())
                    .computeIfAbsent(d, x -> new int[2])[q.stance() == Stance.SUPPORT ? 0 : 1]++;
        }
        store.add(q);
    }

    static String mention(QuoteRecord q) {
        String m = q.speakerMention();
        return m == null || m.isBlank() ? "(none)" : m.strip();
    }

    /** The speaker's cell on a topic ({@link Cell#EMPTY} when silent). */
    Cell cell(String speaker, String topic) {
        int[] c = cells.getOrDefault(speaker, Map.of()).get(topic);
        if (c == null) {
            return Cell.EMPTY;
        }
        return new Cell(new StanceCounts(c[0], c[1], c[2]), new StanceCounts(c[3], c[4], c[5]));
    }

    /** Distinct articles with at least one included quote. */
    int articleCount() {
        return articles.size();
    }
}
