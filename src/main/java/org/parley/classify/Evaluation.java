package org.parley.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.pipeline.QuoteRecord;

/**
 * Topic and stance confusion matrices of predictions against gold labels, over the scored quotes
 * only (never synthetic ones), and their plain-text report. Immutable once built.
 *
 * @param topic  topic confusion (taxonomy order)
 * @param stance stance confusion (support, oppose, neutral), of the stance predicted toward the
 *               predicted topic: the end-to-end decision a report would show
 */
public record Evaluation(ConfusionMatrix topic, ConfusionMatrix stance) {

    /** Stance labels in report order. */
    public static List<String> stanceLabels() {
        List<String> l = new ArrayList<>();
        for (Stance s : Stance.values()) {
            l.add(s.label());
        }
        return l;
    }

    /** Compares {@code oof} with the gold labels of {@code records}; slots without a prediction are skipped. */
    public static Evaluation of(List<QuoteRecord> records, CrossValidation.Oof oof, List<String> topics) {
        ConfusionMatrix t = new ConfusionMatrix(topics);
        ConfusionMatrix s = new ConfusionMatrix(stanceLabels());
        for (int i = 0; i < records.size(); i++) {
            QuoteRecord r = records.get(i);
            if (!LabeledData.scored(r) || oof.topic()[i] == null) {
                continue;
            }
            t.add(r.topic(), oof.topic()[i]);
            if (oof.stance()[i] != null) {
                s.add(r.stance().label(), oof.stance()[i].label());
            }
        }
        return new Evaluation(t, s);
    }

    /** Number of quotes scored. */
    public int scored() {
        return topic.total();
    }

    /** The per-label table, macro scores, baseline row and confusion matrices. */
    public String report(Evaluation baseline) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Scored on %d quotes of origin=article (synthetic quotes are never scored)%n",
                scored()));
        sb.append(String.format(Locale.ROOT, "%nTopic%n"));
        table(sb, topic);
        sb.append(String.format(Locale.ROOT, "accuracy %.3f   macro-F1 %.3f%n", topic.accuracy(), topic.macroF1()));
        sb.append(String.format(Locale.ROOT, "%nStance (toward the predicted topic)%n"));
        table(sb, stance);
        sb.append(String.format(Locale.ROOT, "accuracy %.3f   macro-F1 %.3f   F_avg (SemEval) %.3f%n",
                stance.accuracy(), stance.macroF1(), stance.favg()));
        if (baseline != null) {
            sb.append(String.format(Locale.ROOT,
                    "%nmajority-class baseline: topic accuracy %.3f, topic macro-F1 %.3f, stance accuracy %.3f, "
                            + "stance macro-F1 %.3f, F_avg %.3f%n", baseline.topic.accuracy(), baseline.topic.macroF1(),
                    baseline.stance.accuracy(), baseline.stance.macroF1(), baseline.stance.favg()));
        }
        sb.append(String.format(Locale.ROOT, "%nTopic confusion (rows gold, columns predicted)%n"));
        matrix(sb, topic);
        sb.append(String.format(Locale.ROOT, "%nStance confusion (rows gold, columns predicted)%n"));
        matrix(sb, stance);
        return sb.toString();
    }

    private static int width(ConfusionMatrix m) {
        int w = 8;
        for (String l : m.labels()) {
            w = Math.max(w, l.length());
        }
        return w;
    }

    private static void table(StringBuilder sb, ConfusionMatrix m) {
        int w = width(m);
        sb.append(String.format(Locale.ROOT, "%-" + w + "s  %9s  %6s  %5s  %5s%n", "label", "precision", "recall",
                "F1", "gold"));
        for (String l : m.labels()) {
            sb.append(String.format(Locale.ROOT, "%-" + w + "s  %9.3f  %6.3f  %5.3f  %5d%n", l, m.precision(l),
                    m.recall(l), m.f1(l), m.gold(l)));
        }
    }

    private static void matrix(StringBuilder sb, ConfusionMatrix m) {
        int w = width(m) + 4;
        sb.append(String.format(Locale.ROOT, "%-" + w + "s", ""));
        for (int j = 0; j < m.labels().size(); j++) {
            sb.append(String.format(Locale.ROOT, " %5s", "p" + j));
        }
        sb.append(System.lineSeparator());
        for (int i = 0; i < m.labels().size(); i++) {
            String g = m.labels().get(i);
            sb.append(String.format(Locale.ROOT, "%-" + w + "s", "p" + i + " " + g));
            for (String p : m.labels()) {
                sb.append(String.format(Locale.ROOT, " %5d", m.count(g, p)));
            }
            sb.append(System.lineSeparator());
        }
    }
}
