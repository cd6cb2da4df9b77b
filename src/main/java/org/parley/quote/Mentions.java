package org.parley.quote;

import java.util.List;
import java.util.Set;

/**
 * Finds the subject of a speech verb: a pronoun, a noun phrase ({@link NounPhrases}), a noun phrase
 * with an appositive between commas, or the antecedent of "who"/"which", past the adverbs,
 * auxiliaries and short asides between it and the verb. Works on at most a few dozen tokens per
 * cue, so it costs nothing next to reading the text. Stateless and thread-safe.
 */
final class Mentions {

    /** A token range [from, to) naming a source. */
    record Range(int from, int to) {
    }

    private static final java.util.Set<String> TIME_PREFIX = java.util.Set.of("on", "last", "this", "late", "early");

    private Mentions() {
    }

    /**
     * The subject of the verb at token {@code verb}, searching no further left than {@code lo}:
     * a pronoun, a noun phrase, a noun phrase with an appositive ("John Kirby, a spokesman for the
     * State Department"), or the antecedent of a relative "who"/"which". Null when there is none.
     */
    static Range subjectBefore(List<Token> t, int verb, int lo) {
        int j = skipBeforeVerb(t, verb - 1, lo);
        if (j < lo) {
            return null;
        }
        Token w = t.get(j);
        if (w.isWord() && Words.SUBJECT_PRONOUNS.contains(w.lower())) {
            return new Range(j, j + 1);
        }
        if (w.isWord() && (w.lower().equals("who") || w.lower().equals("which"))) {
            int k = j - 1;
            if (k >= lo && t.get(k).is(",")) {
                k--;
            }
            return withAppositiveBefore(t, NounPhrases.npBack(t, k + 1, lo), lo);
        }
        if (w.is(",")) {
            return appositiveSubject(t, j, lo);
        }
        return TitleLists.back(t, NounPhrases.npBack(t, j + 1, lo), lo);
    }

    /** "X, a spokesman for Y, said" / "X, who …, said": {@code comma} is the comma before the verb. */
    private static Range appositiveSubject(List<Token> t, int comma, int lo) {
        int prev = openingComma(t, comma, lo);
        if (prev < 0) {
            return null;
        }
        Token first = t.get(prev + 1);
        Range head = NounPhrases.npBack(t, prev, lo);
        if (head == null) {
            return null;
        }
        if (first.isWord() && (first.lower().equals("who") || first.lower().equals("which")
                || (first.lower().endsWith("ing") && !first.capitalised()))) {
            return head; // "X, who …, said" / "X, speaking at a briefing, said"
        }
        if (comma - prev == 2 && first.isWord() && Character.isDigit(first.text().charAt(0))) {
            return head; // an age: "Lind, 54, said"
        }
        Range apposition = NounPhrases.npBack(t, comma, prev + 1);
        boolean described = first.isWord() && (Words.DETERMINERS.contains(first.lower())
                || (first.capitalised() && (first.text().endsWith("’s") || first.text().endsWith("'s"))));
        // "X, Velmar's consul in Orsk until the consulate closed in 2012, told …": a possessive opens a description too
        if (described || (apposition != null && apposition.from() == prev + 1)) {
            Range outer = described ? describedBefore(t, prev, lo) : null;
            if (outer != null) {
                return new Range(outer.from(), comma); // "X, a researcher at Y, a group of …, said": X
            }
            return TitleLists.nameBefore(t, new Range(head.from(), comma), lo);
        }
        return null;
    }

    /**
     * The comma that opens the aside closed by the comma at {@code comma}: the nearest one before it,
     * within {@link NounPhrases#MAX_APPOSITIVE} tokens and not before {@code lo}, with at least one
     * token between the two; -1 when there is none, or a quotation mark, ";" or ":" comes first.
     */
    private static int openingComma(List<Token> t, int comma, int lo) {
        int prev = comma - 1;
        int limit = Math.max(lo, comma - NounPhrases.MAX_APPOSITIVE);
        while (prev >= limit && !t.get(prev).is(",")) {
            if (t.get(prev).kind() == Token.Kind.QUOTE || t.get(prev).is(";") || t.get(prev).is(":")) {
                return -1;
            }
            prev--;
        }
        return prev < limit || prev + 1 >= comma ? -1 : prev;
    }

    /**
     * The subject before a second descriptive appositive: when the stretch that ends at {@code comma}
     * is itself a description opened by a determiner after a comma ("Lena Okafor, a researcher at the
     * Dorna Centre,"), the name before it; else null, so one description is never read as the
     * speaker of the one that follows it.
     */
    private static Range describedBefore(List<Token> t, int comma, int lo) {
        int prev = openingComma(t, comma, lo);
        if (prev < 0 || !t.get(prev + 1).isWord()
                || !Words.DETERMINERS.contains(t.get(prev + 1).lower())) {
            return null;
        }
        Range head = NounPhrases.npBack(t, prev, lo);
        return head != null && t.get(head.from()).capitalised() && !Words.DETERMINERS.contains(t.get(head.from()).lower())
                ? head : null;
    }

    /** "the chief of the General Staff, General Valery Gerasimov": joins a preceding descriptive appositive. */
    private static Range withAppositiveBefore(List<Token> t, Range np, int lo) {
        if (np == null || np.from() - 1 <= lo || !t.get(np.from() - 1).is(",")
                || !t.get(np.from()).capitalised() || Words.DETERMINERS.contains(t.get(np.from()).lower())) {
            return np;
        }
        Range before = NounPhrases.npBack(t, np.from() - 1, lo);
        if (before != null && t.get(before.from()).isWord() && Words.DETERMINERS.contains(t.get(before.from()).lower())
                && (before.from() == lo || !t.get(before.from() - 1).is(","))) {
            return new Range(before.from(), np.to());
        }
        return np;
    }

    /** Index of the last token before the verb that is not an adverb or auxiliary, or lo - 1. */
    static int skipBeforeVerb(List<Token> t, int j, int lo) {
        while (j >= lo) {
            Token w = t.get(j);
            if (w.isWord() && !w.capitalised() && (Words.BEFORE_VERB.contains(w.lower()) || Words.adverb(w.lower()))) {
                j--;
            } else if (w.isWord() && Adverbials.TIMES.contains(w.lower()) && j - 1 >= lo && t.get(j - 1).isWord()
                    && TIME_PREFIX.contains(t.get(j - 1).lower())) {
                j -= 2; // "The council on Tuesday called for"
            } else if (w.is(",") && j - 2 >= lo && t.get(j - 2).is(",") && t.get(j - 1).isWord()
                    && !t.get(j - 1).capitalised() && (Words.adverb(t.get(j - 1).lower())
                    || t.get(j - 1).lower().equals("however") || t.get(j - 1).lower().equals("though"))) {
                j -= 3; // "Kerry, however, said"
            } else if (w.is(",") && shortAside(t, j, lo) > 0) {
                j -= shortAside(t, j, lo) + 2; // "Marrak, in turn, told", "Ivanov, for his part, said"
            } else if (w.is(",") && statementAside(t, j, lo) > 0) {
                j -= statementAside(t, j, lo) + 2; // "The ministry, in a statement carried by MANA, denied"
            } else {
                break;
            }
        }
        return j;
    }

    /** Longest aside {@link #statementAside} reads, in tokens. */
    private static final int MAX_STATEMENT_ASIDE = 12;

    /**
     * Tokens in an aside that says where the words were published, between commas and opened by
     * "in a"/"in an"/"in its"/"in her"/"in his" and a lower-case noun ("in a statement issued in
     * Dorna", "in an interview with Radio Velmar"), with no quotation mark or speech verb inside;
     * else 0.
     */
    private static int statementAside(List<Token> t, int comma, int lo) {
        for (int k = 3; k <= MAX_STATEMENT_ASIDE && comma - k - 1 >= lo; k++) {
            Token w = t.get(comma - k);
            if (!w.isWord() || SpeechVerbs.isForm(w.lower())) {
                return 0;
            }
            if (t.get(comma - k - 1).is(",")) {
                Token det = t.get(comma - k + 1);
                Token noun = t.get(comma - k + 2);
                return w.text().equals("in") && det.isWord() && Set.of("a", "an", "its", "his", "her", "their")
                        .contains(det.text()) && noun.isWord() && !noun.capitalised() ? k : 0;
            }
        }
        return 0;
    }

    /**
     * Words in a short lower-case aside that ends with the comma at {@code comma} and opens with
     * another comma: one to three lower-case words, no speech verb ("in turn", "for his part"), else 0.
     */
    private static int shortAside(List<Token> t, int comma, int lo) {
        for (int k = 1; k <= 3 && comma - k - 1 >= lo; k++) {
            Token w = t.get(comma - k);
            if (!w.isWord() || w.capitalised() || SpeechVerbs.isForm(w.lower())) {
                return 0;
            }
            if (t.get(comma - k - 1).is(",")) {
                return k;
            }
        }
        return 0;
    }
}
