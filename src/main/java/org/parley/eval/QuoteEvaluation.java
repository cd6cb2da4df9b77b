package org.parley.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.parley.pipeline.QuoteRecord;
import org.parley.quote.QuoteKind;
import org.parley.text.Nlp;

/**
 * Extraction quality of predicted quotes against gold quotes: quote precision, recall and F1
 * (overall and per kind), and speaker attribution accuracy over the matched quotes.
 *
 * <p>Per kind, recall counts gold quotes of that kind found as any kind, and precision counts
 * predicted quotes of that kind that match any gold quote: finding a quote matters more than naming
 * its kind, which is reported separately as {@link #kindAccuracy()}. Speakers are compared folded
 * (diacritics and case ignored), and two anonymous speakers (null) agree.
 */
public record QuoteEvaluation(QuoteMatcher.Matching matching, Scores overall, Map<QuoteKind, Scores> perKind,
                              int speakerCorrect, int kindCorrect, Map<String, SpeakerRow> perSpeaker) {

    /** Per gold speaker: how many of their quotes there are, were found, and were attributed to them. */
    public record SpeakerRow(String speaker, int gold, int found, int attributed) {
    }

    public QuoteEvaluation {
        Objects.requireNonNull(matching);
        perKind = Map.copyOf(perKind);
        perSpeaker = java.util.Collections.unmodifiableMap(new TreeMap<>(perSpeaker));
    }

    public static QuoteEvaluation evaluate(List<QuoteRecord> gold, List<QuoteRecord> predicted, double threshold) {
        QuoteMatcher.Matching m = new QuoteMatcher(threshold).match(gold, predicted);
        Scores overall = Scores.of(m.pairs().size(), predicted.size(), gold.size());
        Map<QuoteKind, Scores> perKind = new EnumMap<>(QuoteKind.class);
        for (QuoteKind k : QuoteKind.values()) {
            int g = (int) gold.stream().filter(r -> r.kind() == k).count();
            int p = (int) predicted.stream().filter(r -> r.kind() == k).count();
            int foundGold = (int) m.pairs().stream().filter(x -> x.gold().kind() == k).count();
            int goodPred = (int) m.pairs().stream().filter(x -> x.predicted().kind() == k).count();
            perKind.put(k, new Scores(goodPred, p, foundGold, g));
        }
        int speakerOk = 0;
        int kindOk = 0;
        Map<String, int[]> rows = new TreeMap<>();
        for (QuoteMatcher.Pair pair : m.pairs()) {
            boolean ok = sameSpeaker(pair.gold().speaker(), pair.predicted().speaker());
            if (ok) {
                speakerOk++;
            }
            if (pair.gold().kind() == pair.predicted().kind()) {
                kindOk++;
            }
        }
        for (QuoteRecord g : gold) {
            rows.computeIfAbsent(label(g.speaker()), k -> new int[3])[0]++;
        }
        for (QuoteMatcher.Pair pair : m.pairs()) {
            int[] r = rows.get(label(pair.gold().speaker()));
            r[1]++;
            if (sameSpeaker(pair.gold().speaker(), pair.predicted().speaker())) {
                r[2]++;
            }
        }
        Map<String, SpeakerRow> perSpeaker = new TreeMap<>();
        rows.forEach((k, v) -> perSpeaker.put(k, new SpeakerRow(k, v[0], v[1], v[2])));
        return new QuoteEvaluation(m, overall, perKind, speakerOk, kindOk, perSpeaker);
    }

    /** Label used for anonymous sources in per-speaker rows. */
    public static final String ANONYMOUS = "(anonymous)";

    private static String label(String speaker) {
        return speaker == null ? ANONYMOUS : speaker;
    }

    static boolean sameSpeaker(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Nlp.fold(a).equals(Nlp.fold(b));
    }

    /** Share of matched quotes attributed to the gold speaker; 1 when nothing matched. */
    public double attributionAccuracy() {
        int n = matching.pairs().size();
        return n == 0 ? 1 : (double) speakerCorrect / n;
    }

    /** Share of matched quotes whose predicted kind equals the gold kind. */
    public double kindAccuracy() {
        int n = matching.pairs().size();
        return n == 0 ? 1 : (double) kindCorrect / n;
    }

    /** Matched quotes whose speaker is wrong, in gold order. */
    public List<QuoteMatcher.Pair> misattributed() {
        List<QuoteMatcher.Pair> out = new ArrayList<>();
        for (QuoteMatcher.Pair p : matching.pairs()) {
            if (!sameSpeaker(p.gold().speaker(), p.predicted().speaker())) {
                out.add(p);
            }
        }
        return out;
    }
}
