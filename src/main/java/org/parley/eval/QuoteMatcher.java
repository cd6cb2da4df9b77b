package org.parley.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parley.pipeline.QuoteRecord;

/**
 * Pairs predicted quotes with gold quotes of the same article by text overlap.
 *
 * <p>Overlap is the Dice coefficient of the two texts' word multisets (lower case, diacritics and
 * punctuation dropped), so the pairing does not depend on offsets (gold files made by hand may not
 * have them) nor on small boundary differences (a trailing comma, "that" kept or dropped). Pairs are
 * made greedily, best overlap first, one to one; a pair needs an overlap of at least the threshold.
 * Ties are broken by file order, so the pairing is deterministic.
 */
public final class QuoteMatcher {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final double threshold;

    /** @param threshold minimum Dice overlap in (0, 1] for two quotes to be the same quote */
    public QuoteMatcher(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("overlap threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
    }

    /** A gold quote paired with a predicted one, and their overlap. */
    public record Pair(QuoteRecord gold, QuoteRecord predicted, double overlap) {
        public Pair {
            Objects.requireNonNull(gold);
            Objects.requireNonNull(predicted);
        }
    }

    /** The pairing: matched pairs, and what is left on each side, each in input order. */
    public record Matching(List<Pair> pairs, List<QuoteRecord> misses, List<QuoteRecord> falseAlarms) {
        public Matching {
            pairs = List.copyOf(pairs);
            misses = List.copyOf(misses);
            falseAlarms = List.copyOf(falseAlarms);
        }
    }

    public Matching match(List<QuoteRecord> gold, List<QuoteRecord> predicted) {
        Map<String, List<Integer>> predByArticle = new HashMap<>();
        for (int j = 0; j < predicted.size(); j++) {
            predByArticle.computeIfAbsent(String.valueOf(predicted.get(j).article()), k -> new ArrayList<>()).add(j);
        }
        List<Map<String, Integer>> goldBags = gold.stream().map(r -> bag(r.text())).toList();
        List<Map<String, Integer>> predBags = predicted.stream().map(r -> bag(r.text())).toList();
        record Candidate(int g, int p, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j : predByArticle.getOrDefault(String.valueOf(gold.get(i).article()), List.of())) {
                double s = dice(goldBags.get(i), predBags.get(j));
                if (s >= threshold) {
                    candidates.add(new Candidate(i, j, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::g).thenComparingInt(Candidate::p));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        Map<Integer, Pair> byGold = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (!goldUsed[c.g] && !predUsed[c.p]) {
                goldUsed[c.g] = true;
                predUsed[c.p] = true;
                byGold.put(c.g, new Pair(gold.get(c.g), predicted.get(c.p), c.score));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<QuoteRecord> misses = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (goldUsed[i]) {
                pairs.add(byGold.get(i));
            } else {
                misses.add(gold.get(i));
            }
        }
        List<QuoteRecord> falseAlarms = new ArrayList<>();
        for (int j = 0; j < predicted.size(); j++) {
            if (!predUsed[j]) {
                falseAlarms.add(predicted.get(j));
            }
        }
        return new Matching(pairs, misses, falseAlarms);
    }

    static Map<String, Integer> bag(String text) {
        String d = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        Map<String, Integer> bag = new HashMap<>();
        for (String w : NON_WORD.split(d.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                bag.merge(w, 1, Integer::sum);
            }
        }
        return bag;
    }

    static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int na = a.values().stream().mapToInt(Integer::intValue).sum();
        int nb = b.values().stream().mapToInt(Integer::intValue).sum();
        if (na + nb == 0) {
            return 0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * common / (na + nb);
    }
}
