package org.parley.report;

import java.util.List;
import java.util.Objects;

/**
 * Where two selected speakers agree and diverge. Immutable and thread-safe.
 *
 * @param first   the speaker further left in the matrix
 * @param second  the other speaker
 * @param shared  topics both spoke on, most contested first (diverge, partial, agree), then taxonomy order
 * @param onlyFirst  topics only {@code first} spoke on, taxonomy order
 * @param onlySecond topics only {@code second} spoke on, taxonomy order
 */
public record Pair(String first, String second, List<Comparison> shared, List<String> onlyFirst,
                   List<String> onlySecond) {

    public Pair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        shared = List.copyOf(shared);
        onlyFirst = List.copyOf(onlyFirst);
        onlySecond = List.copyOf(onlySecond);
    }

    public long count(Relation r) {
        return shared.stream().filter(c -> c.relation() == r).count();
    }

    /** One topic both spoke on. */
    public record Comparison(String topic, Relation relation, Cell first, Cell second) {
        public Comparison {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }
}
