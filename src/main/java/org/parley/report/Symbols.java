package org.parley.report;

import java.util.Locale;
import org.parley.classify.Stance;

/**
 * The symbols of the position matrix and how a cell is written. Stateless and thread-safe.
 *
 * <p>Every number in a cell counts quotes, and the numbers add up to the quotes listed for that speaker
 * and topic: a reader (or a test) can check a cell by counting rows.
 */
final class Symbols {

    static final String SUPPORT = "▲";
    static final String OPPOSE = "▼";
    static final String NEUTRAL = "●";
    static final String MIXED = "◆";
    static final String UNCERTAIN = "?";

    private Symbols() {
    }

    static String of(Stance s) {
        return switch (s) {
            case SUPPORT -> SUPPORT;
            case OPPOSE -> OPPOSE;
            case NEUTRAL -> NEUTRAL;
        };
    }

    /** {@code ▲ support}. */
    static String labelled(Stance s) {
        return of(s) + " " + s.label();
    }

    /**
     * The cell text: {@code ▼ oppose (2) · ▲ 1}; {@code ◆} first when mixed ({@code ◆ mixed · ▲ 2 · ▼ 2}
     * on a tie); confident quotes first, then {@code · ? 2} for uncertain ones; a cell resting only on
     * uncertain quotes starts with {@code ?} and counts them as its stances. Empty for an empty cell.
     */
    static String cell(Cell c) {
        if (c.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (c.uncertainOnly()) {
            sb.append(UNCERTAIN).append(' ');
        }
        StanceCounts b = c.basis();
        Stance d = b.dominant();
        if (d == null) {
            sb.append(MIXED).append(" mixed");
        } else {
            if (b.mixed()) {
                sb.append(MIXED).append(' ');
            }
            sb.append(labelled(d)).append(" (").append(b.of(d)).append(')');
        }
        for (Stance s : Stance.values()) {
            if (s != d && b.of(s) > 0) {
                sb.append(" · ").append(of(s)).append(' ').append(b.of(s));
            }
        }
        if (!c.uncertainOnly() && c.uncertain().total() > 0) {
            sb.append(" · ").append(UNCERTAIN).append(' ').append(c.uncertain().total());
        }
        return sb.toString();
    }

    /** A confidence for display: two decimals, {@code ?} appended when uncertain, {@code —} when none. */
    static String confidence(Double c, boolean uncertain) {
        if (c == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2f", c) + (uncertain ? " " + UNCERTAIN : "");
    }
}
