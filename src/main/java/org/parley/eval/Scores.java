package org.parley.eval;

/**
 * Precision, recall and F1 from counts. The matched count is kept per side because, per quote kind,
 * a gold quote of one kind may be matched by a predicted quote of another: recall counts matched gold
 * items, precision matched predicted items. Overall both are the number of pairs.
 *
 * @param matchedPredicted predicted items that match a gold item
 * @param predicted        items the system produced
 * @param matchedGold      gold items that were found
 * @param gold             items in the gold standard
 */
public record Scores(int matchedPredicted, int predicted, int matchedGold, int gold) {

    public Scores {
        if (matchedPredicted < 0 || matchedPredicted > predicted || matchedGold < 0 || matchedGold > gold) {
            throw new IllegalArgumentException("inconsistent counts: matched " + matchedPredicted + " of "
                    + predicted + " predicted, " + matchedGold + " of " + gold + " gold");
        }
    }

    /** Scores where both sides have the same number of matches. */
    public static Scores of(int matched, int predicted, int gold) {
        return new Scores(matched, predicted, matched, gold);
    }

    /** Precision; 1 when nothing was predicted and nothing was expected, 0 when only the gold has items. */
    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matchedPredicted / predicted;
    }

    /** Recall; 1 when the gold standard is empty. */
    public double recall() {
        return gold == 0 ? 1 : (double) matchedGold / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
