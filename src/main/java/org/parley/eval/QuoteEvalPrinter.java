package org.parley.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.parley.pipeline.QuoteRecord;
import org.parley.quote.QuoteKind;

/** Prints a {@link QuoteEvaluation} as plain-text tables for a terminal. */
public final class QuoteEvalPrinter {

    private QuoteEvalPrinter() {
    }

    public static void print(QuoteEvaluation ev, PrintWriter out, int maxListed) {
        out.println("Quotes");
        out.printf(Locale.ROOT, "  %-10s %9s %9s %9s %6s %6s %6s%n", "kind", "precision", "recall", "F1",
                "gold", "pred", "found");
        row(out, "all", ev.overall());
        for (Map.Entry<QuoteKind, Scores> e : ev.perKind().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            row(out, e.getKey().label(), e.getValue());
        }
        out.printf(Locale.ROOT, "  kind agreement on matched quotes: %.3f%n", ev.kindAccuracy());
        out.println();
        int matched = ev.matching().pairs().size();
        out.printf(Locale.ROOT, "Attribution accuracy: %.3f (%d of %d matched quotes)%n", ev.attributionAccuracy(),
                ev.speakerCorrect(), matched);
        out.printf(Locale.ROOT, "  %-32s %5s %6s %10s%n", "gold speaker", "gold", "found", "attributed");
        for (QuoteEvaluation.SpeakerRow r : ev.perSpeaker().values()) {
            out.printf(Locale.ROOT, "  %-32s %5d %6d %10d%n", r.speaker(), r.gold(), r.found(), r.attributed());
        }
        list(out, "Misses (gold quotes not found)", ev.matching().misses(), maxListed);
        list(out, "False alarms (predicted quotes not in the gold)", ev.matching().falseAlarms(), maxListed);
        out.println();
        out.println("Wrong speaker (" + ev.misattributed().size() + ")");
        int n = 0;
        for (QuoteMatcher.Pair p : ev.misattributed()) {
            if (n++ == maxListed) {
                out.println("  …");
                break;
            }
            out.printf("  %s: gold %s, predicted %s (mention: %s): %s%n", p.gold().article(),
                    name(p.gold().speaker()), name(p.predicted().speaker()), p.predicted().speakerMention(),
                    clip(p.gold().text()));
        }
        out.flush();
    }

    private static void row(PrintWriter out, String label, Scores s) {
        out.printf(Locale.ROOT, "  %-10s %9.3f %9.3f %9.3f %6d %6d %6d%n", label, s.precision(), s.recall(), s.f1(),
                s.gold(), s.predicted(), s.matchedGold());
    }

    private static void list(PrintWriter out, String title, java.util.List<QuoteRecord> records, int max) {
        out.println();
        out.println(title + " (" + records.size() + ")");
        int n = 0;
        for (QuoteRecord r : records) {
            if (n++ == max) {
                out.println("  …");
                break;
            }
            out.printf("  %s [%s] %s: %s%n", r.article(), r.kind() == null ? "?" : r.kind().label(),
                    name(r.speaker()), clip(r.text()));
        }
    }

    private static String name(String speaker) {
        return speaker == null ? QuoteEvaluation.ANONYMOUS : speaker;
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 110 ? one : one.substring(0, 107) + "…";
    }
}
