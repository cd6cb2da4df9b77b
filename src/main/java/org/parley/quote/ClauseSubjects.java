package org.parley.quote;

import java.util.List;
import java.util.Set;

/**
 * The subject of a sentence's main clause, read forwards over one sentence's tokens without a POS
 * model: the noun phrase after a dateline, or the one a later subordinate clause names when the main
 * clause names no one. Participial and coordinated speech cues ("…, saying …", "… but stressed …")
 * borrow this subject. One instance per sentence; not thread-safe, never shared.
 */
final class ClauseSubjects {

    private final List<Token> t;

    ClauseSubjects(List<Token> t) {
        this.t = t;
    }

    /** Conjunctions that open a subordinate clause ("after Moscow objected"). */
    static final Set<String> SUBORDINATORS = Set.of(
            "after", "as", "while", "when", "since", "because", "although", "though", "before", "until", "once");

    /**
     * The subject of the clause a participle or coordinated verb hangs on: the main clause's, unless
     * it names no one and a later subordinate clause does ("The talks stalled after Moscow objected,
     * charging that …").
     */
    Mentions.Range mainSubject(int lo, int hi) {
        int s = skipDateline(lo, hi);
        if (s < hi && t.get(s).isWord() && (Words.CAP_STOP.contains(t.get(s).text())
                || t.get(s).lower().endsWith("ing") || !t.get(s).capitalised())) {
            for (int j = s; j < hi; j++) {
                if (t.get(j).is(",")) {
                    s = j + 1;
                    break;
                }
            }
        }
        Mentions.Range a = forwardNp(s, hi);
        if (a != null && hasName(a)) {
            return a;
        }
        for (int j = hi - 1; j > s; j--) {
            if (t.get(j).isWord() && SUBORDINATORS.contains(t.get(j).lower())) {
                Mentions.Range b = forwardNp(j + 1, hi);
                if (b != null && hasName(b)) {
                    return b;
                }
                break;
            }
        }
        return a;
    }

    /**
     * The noun phrase opening a clause, read forwards without a POS model (too slow for the hot
     * path): determiners, capitalised words, descriptive lower-case words; a lower-case word right
     * after a proper name is taken for the verb ("Ikhbariya broadcast"), but not after a
     * nationality or initialism ("The Russian military", "US officials").
     */
    Mentions.Range forwardNp(int s, int hi) {
        if (s >= hi || !t.get(s).isWord()) {
            return null;
        }
        if (Words.SUBJECT_PRONOUNS.contains(t.get(s).lower())) {
            return new Mentions.Range(s, s + 1);
        }
        int to = s;
        boolean afterName = false;
        for (int j = s; j < hi && j - s < 12; j++) {
            Token w = t.get(j);
            if (!w.isWord()) {
                break;
            }
            String lw = w.lower();
            boolean nextJoins = j + 1 < hi && (t.get(j + 1).capitalised() || Words.DETERMINERS.contains(t.get(j + 1).lower()));
            if (Words.DETERMINERS.contains(lw)) {
                if (to > s && !Words.NP_LINKS.contains(t.get(j - 1).lower())) {
                    break;
                }
                to = j + 1;
                afterName = false;
            } else if (w.capitalised()) {
                if (Words.CAP_STOP.contains(w.text())) {
                    break;
                }
                to = j + 1;
                afterName = !modifier(w.text());
            } else if ((Words.NP_LINKS.contains(lw) || lw.equals("and")) && nextJoins) {
                afterName = false;
            } else if (afterName || Words.NP_STOP.contains(lw) || Words.adverb(lw)
                    || (lw.endsWith("ed") && lw.indexOf('-') < 0) || SpeechVerbs.isForm(lw)) {
                break;
            } else {
                to = j + 1;
            }
        }
        return to == s ? null : new Mentions.Range(s, to);
    }

    /** "BRUSSELS (Wirenews) -", "MOSCOW, Russia –": the index after a dateline, or {@code lo}. */
    int skipDateline(int lo, int hi) {
        if (lo >= hi || !t.get(lo).isWord() || !t.get(lo).text().equals(t.get(lo).text().toUpperCase(java.util.Locale.ROOT))
                || t.get(lo).text().length() < 3) {
            return lo;
        }
        for (int j = lo + 1; j < hi && j - lo < 12; j++) {
            Token w = t.get(j);
            if (w.is("-") || w.is("–") || w.is("—")) {
                return j + 1;
            }
            if (w.kind() == Token.Kind.QUOTE) {
                return lo;
            }
        }
        return lo;
    }

    /** Nationalities and short initialisms modify a following noun: "Russian", "Syrian", "US", "U.N.". */
    private static boolean modifier(String w) {
        if (w.length() <= 4 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
            return true;
        }
        return w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i") || w.endsWith("ch");
    }

    boolean hasName(Mentions.Range r) {
        for (int k = r.from(); k < r.to(); k++) {
            Token w = t.get(k);
            if (w.capitalised() && !Words.DETERMINERS.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }
}
