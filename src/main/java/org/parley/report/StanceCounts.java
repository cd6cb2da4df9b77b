package org.parley.report;

import org.parley.classify.Stance;

/**
 * How many quotes took each stance. Immutable and thread-safe.
 */
public record StanceCounts(int support, int oppose, int neutral) {

    public static final StanceCounts NONE = new StanceCounts(0, 0, 0);

    public StanceCounts {
        if (support < 0 || oppose < 0 || neutral < 0) {
            throw new IllegalArgumentException("stance counts must not be negative");
        }
    }

    public int total() {
        return support + oppose + neutral;
    }

    public int of(Stance s) {
        return switch (s) {
            case SUPPORT -> support;
            case OPPOSE -> oppose;
            case NEUTRAL -> neutral;
        };
    }

    /**
     * The stance most quotes took. Ties: a side (support, oppose) outweighs neutral, because a stated
     * position says more than a neutral remark; support tied with oppose has no dominant stance (null),
     * and so has an empty count.
     */
    public Stance dominant() {
        if (support > oppose) {
            return support >= neutral ? Stance.SUPPORT : Stance.NEUTRAL;
        }
        if (oppose > support) {
            return oppose >= neutral ? Stance.OPPOSE : Stance.NEUTRAL;
        }
        if (neutral > support || (support == 0 && neutral > 0)) {
            return Stance.NEUTRAL;
        }
        return null;
    }

    /**
     * Mixed: the speaker took both sides and the minority side has more than a third of the side-taking
     * quotes (1 against 1, 2 against 3; not 1 against 2). Below that the minority reads as an outlier,
     * which the cell still shows by its count.
     */
    public boolean mixed() {
        int min = Math.min(support, oppose);
        return min > 0 && 3 * min > support + oppose;
    }
}
