package org.parley.report;

/** How two speakers' positions on one topic compare, most contested first. */
public enum Relation {
    /** One supports the proposition, the other opposes it. */
    DIVERGE,
    /** Neither clearly agrees nor diverges: one is neutral or mixed. */
    PARTIAL,
    /** Same dominant stance, neither mixed. */
    AGREE;

    /** Compares two non-empty cells. */
    static Relation of(Cell a, Cell b) {
        var x = a.dominant();
        var y = b.dominant();
        if (x != null && y != null && x != y && x != org.parley.classify.Stance.NEUTRAL
                && y != org.parley.classify.Stance.NEUTRAL) {
            return DIVERGE;
        }
        if (x != null && x == y && !a.mixed() && !b.mixed()) {
            return AGREE;
        }
        return PARTIAL;
    }
}
