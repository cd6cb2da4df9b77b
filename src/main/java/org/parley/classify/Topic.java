package org.parley.classify;

import java.util.List;
import java.util.Objects;

/**
 * One topic of the taxonomy: a question of diplomacy, defined by the proposition that stance
 * {@code support} means (ANNOTATION.md §3).
 *
 * @param id          stable identifier used in records ({@code assad-future})
 * @param name        display name ("Assad's future")
 * @param proposition what {@code support} means
 * @param cues        optional cue words or phrases; features, not rules
 */
public record Topic(String id, String name, String proposition, List<String> cues) {

    public Topic {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("topic id '" + id + "' must be lower-case words joined by '-'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("topic '" + id + "' has no name");
        }
        if (proposition == null || proposition.isBlank()) {
            throw new IllegalArgumentException("topic '" + id + "' has no proposition");
        }
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
