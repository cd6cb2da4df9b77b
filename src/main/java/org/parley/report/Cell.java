package org.parley.report;

import java.util.Objects;
import org.parley.classify.Stance;

/**
 * One speaker's position on one topic: the quotes counted by stance, the confident ones apart from
 * those marked uncertain. Immutable and thread-safe.
 *
 * <p>The position rests on the confident quotes; only when there are none does it rest on the
 * uncertain ones, and then {@link #uncertainOnly()} says so. {@link #total()} is the number of quotes
 * the report lists for this speaker and topic.
 */
public record Cell(StanceCounts confident, StanceCounts uncertain) {

    public static final Cell EMPTY = new Cell(StanceCounts.NONE, StanceCounts.NONE);

    public Cell {
        Objects.requireNonNull(confident, "confident");
        Objects.requireNonNull(uncertain, "uncertain");
    }

    public int total() {
        return confident.total() + uncertain.total();
    }

    public boolean isEmpty() {
        return total() == 0;
    }

    /** True when every quote behind the cell is below the model's confidence threshold. */
    public boolean uncertainOnly() {
        return confident.total() == 0 && uncertain.total() > 0;
    }

    /** The counts the position is read from. */
    public StanceCounts basis() {
        return confident.total() > 0 ? confident : uncertain;
    }

    /** The dominant stance, or null when empty or support and oppose are tied. */
    public Stance dominant() {
        return basis().dominant();
    }

    public boolean mixed() {
        return basis().mixed();
    }
}
