package org.parley.speaker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds registry phrases in a list of words: at each position the longest phrase that matches wins,
 * and the scan resumes after it. One hash look-up per word, so scanning is linear in the text.
 * Immutable after construction and thread-safe.
 */
final class PhraseIndex {

    /** A phrase found at words {@code [from, to)}. */
    record Match(Term term, int from, int to) {

        boolean covers(int i) {
            return from <= i && i < to;
        }
    }

    private final Map<String, List<Term>> byFirstWord;

    PhraseIndex(List<Term> terms) {
        Map<String, List<Term>> m = new HashMap<>();
        for (Term t : terms) {
            m.computeIfAbsent(t.folded()[0], k -> new ArrayList<>()).add(t);
        }
        for (List<Term> l : m.values()) {
            l.sort(Comparator.comparingInt(Term::length).reversed());
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Collections.unmodifiableMap(m);
    }

    /** All matches, left to right, longest first at each position. */
    List<Match> scan(List<Words.Word> words) {
        return scan(words, Set.of());
    }

    /** All matches of phrases whose kind is not in {@code skip}. */
    List<Match> scan(List<Words.Word> words, Set<Term.Kind> skip) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Term hit = null;
            List<Term> cands = byFirstWord.get(words.get(i).folded());
            if (cands != null) {
                for (Term t : cands) {
                    if (!skip.contains(t.kind()) && t.matchesAt(words, i)) {
                        hit = t;
                        break;
                    }
                }
            }
            if (hit == null) {
                i++;
            } else {
                out.add(new Match(hit, i, i + hit.length()));
                i += hit.length();
            }
        }
        return out;
    }

    /** The match in {@code matches} that covers word {@code i}, or null. */
    static Match covering(List<Match> matches, int i) {
        for (Match m : matches) {
            if (m.covers(i)) {
                return m;
            }
        }
        return null;
    }
}
