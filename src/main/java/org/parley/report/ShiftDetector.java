package org.parley.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.classify.Stance;

/**
 * Finds stance shifts in one speaker's dated quotes on one topic. Stateless and thread-safe.
 *
 * <p>Input: per day, the confident quotes that took a side (support, oppose); neutral quotes neither
 * hold nor change a position, and uncertain ones are too weak to. Each day counts for the side most of
 * its quotes took (a day split evenly counts for nothing). The first side taken is the starting stance,
 * not a shift. A shift is recorded once quotes for the other side, on consecutive days with no quote for
 * the held stance in between, reach two; its backing grows while later days keep to the new side.
 */
final class ShiftDetector {

    private ShiftDetector() {
    }

    static List<Shift> detect(String speaker, String topic, TreeMap<LocalDate, int[]> days) {
        List<Shift> out = new ArrayList<>();
        Stance held = null;
        Stance current = null;
        LocalDate since = null;
        LocalDate until = null;
        int backing = 0;
        Stance previous = null;
        LocalDate runStart = null;
        int run = 0;
        for (Map.Entry<LocalDate, int[]> e : days.entrySet()) {
            int s = e.getValue()[0];
            int o = e.getValue()[1];
            if (s == o) {
                continue;
            }
            Stance side = s > o ? Stance.SUPPORT : Stance.OPPOSE;
            int n = Math.max(s, o);
            LocalDate d = e.getKey();
            if (held == null) {
                held = side;
            } else if (side == held) {
                run = 0;
                if (current != null) {
                    backing += n;
                    until = d;
                }
            } else {
                if (run == 0) {
                    runStart = d;
                }
                run += n;
                if (run >= 2) {
                    if (current != null) {
                        out.add(new Shift(speaker, topic, previous, current, since, until, backing));
                    }
                    previous = held;
                    current = side;
                    since = runStart;
                    until = d;
                    backing = run;
                    held = side;
                    run = 0;
                }
            }
        }
        if (current != null) {
            out.add(new Shift(speaker, topic, previous, current, since, until, backing));
        }
        return out;
    }
}
