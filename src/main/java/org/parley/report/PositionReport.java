package org.parley.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.parley.classify.Taxonomy;
import org.parley.classify.Topic;
import org.parley.pipeline.QuoteRecord;

/**
 * The report's entry point: where each speaker stands on each topic, side by side, with the verbatim
 * evidence, as markdown or JSON.
 *
 * <p>Two ways in. {@link #write(Iterable, Taxonomy, ModelSummary, CorpusSummary, ReportOptions, Function,
 * ReportFormat, Writer)} does everything in one call over an iterable, spilling evidence to disk. Or
 * {@link #open} a report, feed it {@link #accept} from the pipeline (thread-safe: calls are serialised,
 * so parallel workers may call it directly), then {@link #write(CorpusSummary, ReportFormat, Writer)}
 * and {@link #close()}.
 *
 * <p>Errors: an unknown topic fails at {@link #open}; an unknown speaker (one the canonicaliser does not
 * resolve, or one with no quote anywhere in the input) fails at {@code write}, because only then are the
 * valid speakers — those in the input — known. Both throw {@link UnknownNameException}, whose message
 * lists the valid names (the command maps it to exit code 2).
 */
public final class PositionReport implements AutoCloseable {

    private final Taxonomy taxonomy;
    private final ModelSummary model;
    private final ReportOptions options;
    private final List<Topic> topics;
    private final List<String> chosen;
    private final List<String> unresolved;
    private final EvidenceStore store;
    private final Aggregator aggregator;
    private Clock clock = Clock.systemUTC();

    private PositionReport(Taxonomy taxonomy, ModelSummary model, ReportOptions options,
                           Function<String, Optional<String>> canonicaliser, EvidenceStore store) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.model = Objects.requireNonNull(model, "model");
        this.options = Objects.requireNonNull(options, "options");
        this.store = Objects.requireNonNull(store, "store");
        this.topics = selectTopics(taxonomy, options.topics());
        Set<String> resolved = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (String name : options.speakers()) {
            Optional<String> c = canonicaliser.apply(name.strip());
            if (c.isPresent()) {
                resolved.add(c.get());
            } else {
                bad.add(name);
            }
        }
        this.chosen = List.copyOf(resolved);
        this.unresolved = List.copyOf(bad);
        Set<String> topicIds = new LinkedHashSet<>();
        topics.forEach(t -> topicIds.add(t.id()));
        this.aggregator = new Aggregator(taxonomy, topicIds, chosen.isEmpty() || !bad.isEmpty() ? null
                : Set.copyOf(chosen), options.topics().isEmpty(), options.from(), options.to(),
                options.minConfidence(), model.uncertainBelow(), store);
    }

    /**
     * Starts a report.
     *
     * @param canonicaliser resolves a speaker name as typed to its canonical name (aliases through the
     *                      speaker registry), empty when it knows no such speaker; {@code Optional::of}
     *                      without a registry
     * @param store         where the evidence goes; closed by {@link #close()}, or at once when opening fails
     * @throws UnknownNameException for a topic not in the taxonomy (or {@code other}), listing the valid ones
     */
    public static PositionReport open(Taxonomy taxonomy, ModelSummary model, ReportOptions options,
                                      Function<String, Optional<String>> canonicaliser, EvidenceStore store) {
        try {
            return new PositionReport(taxonomy, model, options, Objects.requireNonNull(canonicaliser), store);
        } catch (RuntimeException e) {
            store.close(); // the report never took the store over, so nothing else would delete its files
            throw e;
        }
    }

    /**
     * Writes a report over {@code quotes} in one call, evidence spilled to the temporary directory.
     *
     * @throws UnknownNameException for an unknown speaker or topic (exit 2)
     * @throws IOException          when {@code out} fails
     */
    public static void write(Iterable<QuoteRecord> quotes, Taxonomy taxonomy, ModelSummary model,
                             CorpusSummary corpus, ReportOptions options,
                             Function<String, Optional<String>> canonicaliser, ReportFormat format, Writer out)
            throws IOException {
        try (PositionReport r = open(taxonomy, model, options, canonicaliser, new SpillingEvidenceStore(null))) {
            for (QuoteRecord q : quotes) {
                r.accept(q);
            }
            r.write(corpus, format, out);
        }
    }

    /** Sets the clock the {@code stamp} option reads (tests); the default is the UTC system clock. */
    public PositionReport withClock(Clock c) {
        this.clock = Objects.requireNonNull(c);
        return this;
    }

    /** Counts one classified quote. Input order does not matter. */
    public synchronized void accept(QuoteRecord quote) {
        aggregator.accept(Objects.requireNonNull(quote, "quote"));
    }

    /**
     * Writes the report. May be called more than once (e.g. markdown, then JSON).
     *
     * @throws UnknownNameException for a chosen speaker not in the input, listing those who are
     */
    public synchronized void write(CorpusSummary corpus, ReportFormat format, Writer out) throws IOException {
        ReportContent c = content(Objects.requireNonNull(corpus, "corpus"));
        switch (format) {
            case MARKDOWN -> new MarkdownReportWriter(c, out).write();
            case JSON -> new JsonReportWriter(c, out).write();
        }
        out.flush();
    }

    @Override
    public void close() {
        store.close();
    }

    private static List<Topic> selectTopics(Taxonomy taxonomy, List<String> wanted) {
        List<Topic> positions = taxonomy.topics().stream().filter(t -> !Taxonomy.OTHER.equals(t.id())).toList();
        if (wanted.isEmpty()) {
            return positions;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String w : wanted) {
            String id = w.strip();
            if (positions.stream().noneMatch(t -> t.id().equals(id))) {
                throw new UnknownNameException("topic", w, positions.stream().map(Topic::id).toList());
            }
            ids.add(id);
        }
        return positions.stream().filter(t -> ids.contains(t.id())).toList();
    }

    /** Featured speakers who have position quotes, most quoted first, then the most quoted others up to the top N. */
    private List<String> defaultSpeakers(List<NameCount> ranked) {
        List<String> out = new ArrayList<>();
        for (NameCount nc : ranked) {
            if (options.featured().contains(nc.name())) {
                out.add(nc.name());
            }
        }
        for (NameCount nc : ranked) {
            if (out.size() >= options.topSpeakers()) {
                break;
            }
            if (!out.contains(nc.name())) {
                out.add(nc.name());
            }
        }
        return List.copyOf(out);
    }

    private ReportContent content(CorpusSummary corpus) {
        Aggregator a = aggregator;
        List<String> inputNames = NameCount.ranked(a.inputSpeakers).stream().map(NameCount::name).toList();
        for (String bad : unresolved) {
            throw new UnknownNameException("speaker", bad, inputNames);
        }
        for (String c : chosen) {
            if (!a.inputSpeakers.containsKey(c)) {
                throw new UnknownNameException("speaker", c, inputNames);
            }
        }
        boolean byDefault = chosen.isEmpty();
        List<String> speakers = byDefault ? defaultSpeakers(NameCount.ranked(a.positionQuotes)) : chosen;
        Map<String, Map<String, Cell>> cells = new TreeMap<>();
        for (Topic t : topics) {
            for (String s : speakers) {
                cells.computeIfAbsent(t.id(), x -> new TreeMap<>()).put(s, a.cell(s, t.id()));
            }
        }
        PositionMatrix matrix = new PositionMatrix(topics, speakers, cells);
        List<Shift> shifts = new ArrayList<>();
        for (String s : speakers) {
            for (Topic t : topics) {
                var days = a.days.getOrDefault(s, Map.of()).get(t.id());
                if (days != null) {
                    shifts.addAll(ShiftDetector.detect(s, t.id(), days));
                }
            }
        }
        Map<String, Long> others = new TreeMap<>(a.positionQuotes);
        a.otherQuotes.forEach((k, v) -> others.merge(k, v, Long::sum));
        speakers.forEach(others::remove);
        Map<String, Long> otherTopic = new TreeMap<>();
        speakers.forEach(s -> {
            if (a.otherQuotes.containsKey(s)) {
                otherTopic.put(s, a.otherQuotes.get(s));
            }
        });
        var counts = new ReportContent.Counts(a.seen, a.unclassified, a.unknownTopic, a.outsidePeriod,
                a.belowMinConfidence, a.included, a.undated, a.uncertain, a.unattributed, a.otherTopics,
                a.articleCount(), a.first, a.last);
        String stamp = options.stamp() ? Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString() : null;
        return new ReportContent(speakers, byDefault, topics, matrix, matrix.pairs(), shifts,
                NameCount.ranked(others), NameCount.ranked(a.mentions), otherTopic, counts, corpus, model, options,
                stamp, nothing(counts, speakers, matrix), store);
    }

    private static String nothing(ReportContent.Counts counts, List<String> speakers, PositionMatrix matrix) {
        if (counts.included() == 0) {
            return counts.seen() == 0 ? "There are no quotes in the input."
                    : "None of the " + counts.seen() + " quotes in the input matches the report's filters"
                    + " (topics, period, minimum confidence).";
        }
        if (speakers.isEmpty()) {
            return "No attributed quote takes up any of the selected topics.";
        }
        if (matrix.total() == 0) {
            return "None of the selected speakers (" + String.join(", ", speakers)
                    + ") has a quote on the selected topics in the selected period.";
        }
        return null;
    }
}
