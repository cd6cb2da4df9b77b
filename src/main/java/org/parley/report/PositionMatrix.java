package org.parley.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.classify.Topic;

/**
 * Topics (rows, taxonomy order, never {@code other}) × selected speakers (columns, selection order).
 * Immutable and thread-safe.
 */
public final class PositionMatrix {

    private final List<Topic> topics;
    private final List<String> speakers;
    private final Map<String, Map<String, Cell>> cells;

    PositionMatrix(List<Topic> topics, List<String> speakers, Map<String, Map<String, Cell>> cells) {
        this.topics = List.copyOf(topics);
        this.speakers = List.copyOf(speakers);
        Map<String, Map<String, Cell>> copy = new LinkedHashMap<>();
        cells.forEach((t, row) -> copy.put(t, Map.copyOf(row)));
        this.cells = copy;
    }

    public List<Topic> topics() {
        return topics;
    }

    public List<String> speakers() {
        return speakers;
    }

    public Cell cell(String topic, String speaker) {
        return cells.getOrDefault(topic, Map.of()).getOrDefault(speaker, Cell.EMPTY);
    }

    /** Quotes behind every cell. */
    public long total() {
        long n = 0;
        for (Topic t : topics) {
            for (String s : speakers) {
                n += cell(t.id(), s).total();
            }
        }
        return n;
    }

    /** Every pair of speakers in column order, with their shared topics most contested first. */
    public List<Pair> pairs() {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < speakers.size(); i++) {
            for (int j = i + 1; j < speakers.size(); j++) {
                out.add(pair(speakers.get(i), speakers.get(j)));
            }
        }
        return out;
    }

    private Pair pair(String a, String b) {
        List<Pair.Comparison> shared = new ArrayList<>();
        List<String> onlyA = new ArrayList<>();
        List<String> onlyB = new ArrayList<>();
        for (Topic t : topics) {
            Cell x = cell(t.id(), a);
            Cell y = cell(t.id(), b);
            if (!x.isEmpty() && !y.isEmpty()) {
                shared.add(new Pair.Comparison(t.id(), Relation.of(x, y), x, y));
            } else if (!x.isEmpty()) {
                onlyA.add(t.id());
            } else if (!y.isEmpty()) {
                onlyB.add(t.id());
            }
        }
        // stable sort: taxonomy order is kept within a relation
        shared.sort(Comparator.comparing(Pair.Comparison::relation));
        return new Pair(Objects.requireNonNull(a), b, shared, onlyA, onlyB);
    }
}
