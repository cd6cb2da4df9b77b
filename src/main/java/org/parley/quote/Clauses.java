package org.parley.quote;

import java.util.List;
import java.util.Set;

/**
 * Clause-level rules over one sentence's tokens: where an attribution sits next to a quotation,
 * where a reported clause ends, whether words look like a clause ({@link ClauseSubjects} finds whose
 * subject a participle borrows). One instance per sentence; not thread-safe, never shared.
 */
final class Clauses {

    private final List<Token> t;
    private final int n;

    Clauses(List<Token> t) {
        this.t = t;
        this.n = t.size();
    }

    record Attr(int cueFrom, int cueTo, Mentions.Range mention, int end) {
    }

    private static final Set<String> CLAUSE_BREAKS = Set.of("while", "whereas", "although", "though", "even", "following");

    /**
     * Whether {@code [from, to)}, the words between the comma and the noun phrase that the backward
     * reading found before a trailing speech verb, only extend that phrase: a head with
     * prepositional post-modifiers ("officials from both countries", "Castria's Permanent
     * Representative to the UN Office in Geneva Irina Dobreva"), no clause word, verb or punctuation
     * other than a possessive's apostrophe.
     */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "but", "nor", "so", "as", "if", "because",
            "while", "when", "although", "though", "since", "whereas", "unless", "until", "than", "not", "it", "he",
            "she", "they", "we", "i", "you", "there", "here", "then", "also", "even", "only", "however");

    private boolean postModified(int from, int to) {
        if (to - from > 12 || !t.get(from).isWord() || Words.NP_STOP.contains(t.get(from).lower())
                || ClauseSubjects.SUBORDINATORS.contains(t.get(from).lower()) || Words.SUBJECT_PRONOUNS.contains(t.get(from).lower())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            if (!w.isWord()) {
                if (w.is("'") || w.is("’")) {
                    continue;
                }
                return false;
            }
            String lw = w.lower();
            if (CLAUSE_WORDS.contains(lw) || Words.RELATIVES.contains(lw) || Words.AUXILIARIES.contains(lw)
                    || SpeechVerbs.isForm(lw) || (lw.endsWith("ed") && !w.capitalised())) {
                return false;
            }
        }
        return true;
    }

    /** An -ing cue after a comma whose previous list item also opens with an -ing word. */
    boolean inGerundList(int i) {
        if (i < 2 || !t.get(i - 1).is(",")) {
            return false;
        }
        int j = i - 2;
        while (j >= 0 && i - j < 20 && !t.get(j).is(",") && !t.get(j).is("including")) {
            j--;
        }
        int first = j + 1;
        return j >= 0 && first < i - 1 && t.get(first).isWord() && t.get(first).lower().endsWith("ing");
    }

    /** After "told": skips the addressee ("told reporters", "told Reuters"); "told them to leave" keeps it. */
    int addressee(int k) {
        for (int j = k; j < n && j - k < 8 && t.get(j).isWord(); j++) {
            if (t.get(j).is("that")) {
                return j;
            }
        }
        if (k >= n || !t.get(k).isWord()) {
            return k;
        }
        String lw = t.get(k).lower();
        Mentions.Range o = Set.of("him", "her", "them", "us", "me", "reporters", "journalists").contains(lw)
                ? new Mentions.Range(k, k + 1) : NounPhrases.npForward(t, k, n);
        if (o == null) {
            return k;
        }
        int e = Adverbials.skip(t, o.to(), n);
        return e < n && t.get(e).is("to") ? k : e;
    }

    /**
     * The end (exclusive) of the reported clause starting at token {@code k}: a semicolon or colon,
     * a comma before a participial or new speech clause, "and"/"but" before another finite speech
     * verb, or "and"/"but" right after a quotation that opens the clause (a new predicate follows).
     */
    int complementEnd(int k) {
        if (k + 2 < n && t.get(k).kind() == Token.Kind.QUOTE && (t.get(k + 1).is("and") || t.get(k + 1).is("but"))
                && t.get(k + 2).kind() != Token.Kind.QUOTE && !(k + 3 < n && t.get(k + 2).is("that"))) {
            // but "said that “…” and that …": a second reported clause of the same verb
            return k + 1; // "said “the time for talk is over” and left the hall": the quotation is all that was said
        }
        for (int j = k; j < n; j++) {
            Token w = t.get(j);
            if (w.is(";") || w.is(":")) {
                return j;
            }
            if (w.is(",") && j + 1 < n) {
                SpeechVerbs.Entry u = SpeechVerbs.match(t, j + 1);
                if (u != null && (u.form() == SpeechVerbs.Form.ING || u.complement() == SpeechVerbs.Complement.ACCORDING)) {
                    return j;
                }
                if (t.get(j + 1).isWord() && CLAUSE_BREAKS.contains(t.get(j + 1).lower())) {
                    return j;
                }
                if (newClauseAt(j + 1)) {
                    return j;
                }
            } else if ((w.is("and") || w.is("but")) && j > k) {
                int b = j + 1;
                while (b < n && t.get(b).isWord() && (Words.BEFORE_VERB.contains(t.get(b).lower())
                        || Words.adverb(t.get(b).lower()))) {
                    b++;
                }
                SpeechVerbs.Entry u = b < n ? SpeechVerbs.match(t, b) : null;
                if (u != null && u.form() == SpeechVerbs.Form.FINITE && u.complement() != SpeechVerbs.Complement.ACCORDING) {
                    return j;
                }
            }
        }
        return n;
    }

    /** A subject starting at {@code j} followed by a finite speech verb: "…, Moscow reiterated …". */
    boolean newClauseAt(int j) {
        for (int c = j; c < n && c - j < 16; c++) {
            Token w = t.get(c);
            if (!w.isWord()) {
                if (w.is(",") && c > j) {
                    continue;
                }
                return false;
            }
            SpeechVerbs.Entry u = SpeechVerbs.match(t, c);
            if (u != null) {
                if (u.form() != SpeechVerbs.Form.FINITE || u.complement() == SpeechVerbs.Complement.ACCORDING) {
                    return false;
                }
                Mentions.Range m = Mentions.subjectBefore(t, c, j);
                return m != null && m.from() == j;
            }
        }
        return false;
    }

    /** Words after a verb without "that" look like a clause: a pronoun subject or a finite verb soon. */
    boolean clauseLike(int k, int ce) {
        if (k < ce && t.get(k).isWord() && Words.SUBJECT_PRONOUNS.contains(t.get(k).lower())
                && !t.get(k).lower().equals("it")) {
            return true;
        }
        if (k + 1 < ce && t.get(k).lower().equals("it") && t.get(k + 1).isWord() && !t.get(k + 1).capitalised()
                && t.get(k + 1).lower().endsWith("s") && !possessive(t.get(k + 1)) && t.get(k + 1).lower().length() > 3) {
            return true; // "say it leaves too much": "it" and a verb in -s open a clause, not an object
        }
        for (int j = k + 1; j < ce && j <= k + 8; j++) {
            Token w = t.get(j);
            if (!w.isWord()) {
                continue;
            }
            String lw = w.lower();
            if (Words.AUXILIARIES.contains(lw)) {
                return true;
            }
            if (lw.endsWith("ed") && lw.indexOf('-') < 0 && t.get(j - 1).isWord()
                    && !Words.DETERMINERS.contains(t.get(j - 1).lower()) && !t.get(j - 1).is("to")
                    && !Words.RELATIVES.contains(t.get(j - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Quotation, then an attribution: "…,” Kerry said" / "…,” said a senior Western diplomat". */
    Attr attributionAt(int j, int end) {
        if (j >= end) {
            return null;
        }
        SpeechVerbs.Entry v = SpeechVerbs.match(t, j);
        if (v != null) {
            if (v.complement() == SpeechVerbs.Complement.ACCORDING) {
                Mentions.Range r = NounPhrases.npForward(t, j + 2, end);
                return r == null ? null : new Attr(j, j + 2, r, r.to());
            }
            if (v.form() != SpeechVerbs.Form.FINITE) {
                return null;
            }
            int k = Adverbials.skip(t, j + v.words().length, end);
            Mentions.Range r = NounPhrases.npForward(t, k, end);
            return r == null ? null : new Attr(j, j + v.words().length, r, r.to());
        }
        for (int k = j + 1; k < end && k - j <= 30; k++) {
            Token w = t.get(k);
            if (w.kind() == Token.Kind.QUOTE || w.is(";") || w.is(":") || w.is(".")) {
                return null;
            }
            SpeechVerbs.Entry u = SpeechVerbs.match(t, k);
            if (u == null) {
                continue;
            }
            if (u.form() != SpeechVerbs.Form.FINITE || u.complement() == SpeechVerbs.Complement.ACCORDING) {
                return null;
            }
            int b = Mentions.skipBeforeVerb(t, k - 1, j);
            if (b >= j && t.get(b).isWord() && Words.BE.contains(t.get(b).lower())) {
                return null;
            }
            Mentions.Range m = Mentions.subjectBefore(t, k, j);
            if (m != null && m.from() > j && postModified(j, m.from())) {
                m = new Mentions.Range(j, m.to()); // "officials from both countries said"
            }
            if (m == null || m.from() != j) {
                return null;
            }
            int e = k + u.words().length;
            if (u.complement() == SpeechVerbs.Complement.ADDRESSEE) {
                Mentions.Range o = NounPhrases.npForward(t, Adverbials.skip(t, e, end), end);
                if (o != null) {
                    e = o.to();
                }
            }
            return new Attr(k, k + u.words().length, m, e);
        }
        return null;
    }

    boolean afterPreposition(Mentions.Range m) {
        if (m.from() == 0) {
            return false;
        }
        Token b = t.get(m.from() - 1);
        return b.isWord() && Set.of("in", "at", "on", "with", "by", "from", "of", "for", "during", "after", "despite")
                .contains(b.lower());
    }

    boolean named(Mentions.Range m) {
        Token w = t.get(m.to() - 1);
        return w.capitalised() || Words.SUBJECT_PRONOUNS.contains(w.lower());
    }

    static boolean possessive(Token w) {
        String s = w.lower();
        return s.endsWith("’s") || s.endsWith("'s");
    }

    /**
     * The comma in {@code [k, ce)} before a finite speech verb (adverbs and auxiliaries allowed
     * between) that ends a participial aside set off after the subject, or -1 when there is none.
     */
    int asideComma(int k, int ce) {
        for (int j = k; j + 1 < ce; j++) {
            if (!t.get(j).is(",")) {
                continue;
            }
            int b = j + 1;
            while (b < ce && t.get(b).isWord() && !t.get(b).capitalised() && (Words.BEFORE_VERB.contains(t.get(b).lower())
                    || Words.adverb(t.get(b).lower()))) {
                b++;
            }
            SpeechVerbs.Entry u = b < ce ? SpeechVerbs.match(t, b) : null;
            if (u != null && u.form() == SpeechVerbs.Form.FINITE && u.complement() != SpeechVerbs.Complement.ACCORDING) {
                return j;
            }
        }
        return -1;
    }
}
