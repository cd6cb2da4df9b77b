package org.parley.speaker;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A post a person held: title, the country or organisation it belongs to, and the dates.
 * Immutable and thread-safe.
 *
 * @param title role title as written in the registry ("Foreign Minister")
 * @param of    the country or organisation the role belongs to
 * @param from  first day held (inclusive)
 * @param to    last day held (inclusive), or null when still held as far as the registry knows
 * @param line  line of the registry file that defines it, for messages
 */
public record Role(String title, String of, LocalDate from, LocalDate to, int line) {

    public Role {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(of, "of");
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("role '" + title + "' ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** True when the role was held on {@code date}; a null date (undated article) matches every role. */
    public boolean heldOn(LocalDate date) {
        return date == null || (!date.isBefore(from) && (to == null || !date.isAfter(to)));
    }
}
