package org.parley.quote;

import java.util.List;

/**
 * Reads a speech cue of a sentence: finds the subject of a finite verb ({@link Mentions}), the
 * subject a participle or a coordinated verb borrows from the clause before, or the person quoted
 * through someone else ({@link QuotedAs}); rules out uses that report no speech ({@link CueGuards},
 * passives, nouns); and writes the complement up to the end of the reported clause, a quotation
 * after a colon, or nothing when the cue introduces a block. Also reads "according to X".
 *
 * <p>One instance per sentence, sharing its {@link Sentence}; not thread-safe.
 */
final class CueReader {

    private final Sentence s;
    private final String p;
    private final List<Token> t;
    private final Clauses c;
    private final ClauseSubjects subjects;
    private final int n;
    private final DraftWriter out;

    CueReader(Sentence s) {
        this.s = s;
        this.p = s.p;
        this.t = s.t;
        this.c = s.c;
        this.subjects = s.subjects;
        this.n = s.n;
        this.out = s.out;
    }

    /** Longest relative clause between a source and the quotation it introduces. */
    private static final int MAX_RELATIVE = 30;

    /** ", who …, “…”" / ", whose …, “…”" at token {@code k}: the quotation's token index, else -1. */
    private int relativeThenQuote(int k) {
        if (k + 1 >= n || !t.get(k).is(",") || !(t.get(k + 1).is("who") || t.get(k + 1).is("whose"))) {
            return -1;
        }
        for (int j = k + 2; j + 1 < n && j - k <= MAX_RELATIVE; j++) {
            if (t.get(j).kind() == Token.Kind.QUOTE) {
                return -1;
            }
            if (t.get(j).is(",") && t.get(j + 1).kind() == Token.Kind.QUOTE) {
                return j + 1;
            }
        }
        return -1;
    }

    /**
     * The speech cue {@code v} at token {@code i}, its subject searched no further left than
     * {@code pos}; returns the index to continue from, or -1 when it reports no speech.
     */
    int cue(int i, SpeechVerbs.Entry v, int pos) {
        int after = i + v.words().length;
        String cue = s.cueText(i, after);
        if (CueGuards.nonSpeechUse(t, i, v)) {
            return -1;
        }
        Token called = SpeechVerbs.calledQuote(t, i, v);
        if (called != null && out.words(called.region().innerStart(), called.region().innerEnd(), 2) < 2) {
            return -1; // "called the plan “unfair”": one word is a label, not a statement
        }
        int b = Mentions.skipBeforeVerb(t, i - 1, pos);
        boolean beBefore = b >= pos && t.get(b).isWord() && Words.BE.contains(t.get(b).lower());
        Mentions.Range m;
        boolean derived = false;
        if (v.form() == SpeechVerbs.Form.FINITE) {
            if (beBefore) {
                int from = Passives.agentlessClause(t, b, after);
                if (from < 0) {
                    return -1; // passive: "the plan was announced" reports an action
                }
                int end = c.complementEnd(from);
                out.complement(t, from, end, cue, null); // "It was noted that …": no mention, no speaker
                return Math.max(end, after);
            }
            m = Mentions.subjectBefore(t, i, pos);
            if (m == null) {
                m = Passives.hedgedSubject(t, i, pos);
            }
            if (m == null && b >= pos && b == s.asideEnd) {
                m = s.asideSubject; // "The representative of X, noting that …, said …"
            }
            if (m == null && b >= pos && (t.get(b).is("and") || t.get(b).is("but"))) {
                m = s.last != null ? s.last : subjects.mainSubject(pos, b);
                derived = true;
            }
        } else if (beBefore) {
            m = Mentions.subjectBefore(t, b, pos);
        } else {
            if (c.inGerundList(i)) {
                return -1; // "including reforming X, rejecting Y": a list of actions, not a speech act
            }
            m = QuotedAs.person(t, i, pos);
            derived = m == null;
            if (m == null) {
                m = s.last != null ? s.last : subjects.mainSubject(pos, i);
            }
        }
        if (m == null || CueGuards.firstPerson(t, m)) {
            return -1;
        }
        if (CueGuards.negated(t, i, m)) {
            s.narrative |= !derived; // "The statement did not say how …": narrative about a source, not a quote
            return -1;
        }
        if (after < n && t.get(after).is("to") && t.get(i).lower().startsWith("welcom")) {
            return -1; // "Good evening and welcome to our coverage": a greeting, not a speech act
        }
        int k = Adverbials.skip(t, after, n);
        if (v.complement() == SpeechVerbs.Complement.ADDRESSEE) {
            k = c.addressee(k);
            if (k < n && t.get(k).is("about")) {
                return -1; // "informed the Minister about the results": the topic, not what was said
            }
        }
        int quote = Adverbials.settingThenQuote(t, k, n);
        if (quote > 0) {
            s.register(m, cue, derived);
            out.direct(t, t.get(quote).region(), cue, m);
            return quote + 1;
        }
        if (k + 1 < n && (t.get(k).is(",") || t.get(k).is(":")) && t.get(k + 1).kind() == Token.Kind.QUOTE) {
            s.register(m, cue, derived);
            out.direct(t, t.get(k + 1).region(), cue, m);
            return k + 2;
        }
        k = CueGuards.shortToColon(t, k);
        if (CueGuards.participleToColon(t, k)) {
            s.register(m, cue, derived);
            return n; // "said in a statement released an hour ago:": a block intro, not a quote
        }
        if (k < n && t.get(k).is(":")) {
            s.register(m, cue, derived);
            return k + 1;
        }
        boolean that = k < n && t.get(k).is("that");
        if (that) {
            k++;
        }
        int ce = ClosingAttributions.cut(t, p, k, c.complementEnd(k));
        if (v.form() == SpeechVerbs.Form.ING && derived && i > 0 && t.get(i - 1).is(",")) {
            ce = aside(k, ce, m);
        }
        if (v.nounLike() && v.form() == SpeechVerbs.Form.FINITE
                && ((!that && !c.named(m) && !c.clauseLike(k, ce)) || c.afterPreposition(m))) {
            return -1; // "a decisive say in", "In their brief remarks at": nouns
        }
        if (v.complement() == SpeechVerbs.Complement.THAT_CLAUSE && !that && !c.clauseLike(k, ce) && !CueGuards.position(t, k)) {
            return -1;
        }
        s.register(m, cue, derived);
        out.complement(t, k, ce, cue, m);
        if (ce + 1 < n && t.get(ce).is(":") && t.get(ce + 1).kind() == Token.Kind.QUOTE) {
            out.direct(t, t.get(ce + 1).region(), cue, m);
            return ce + 2;
        }
        return Math.max(ce, after);
    }

    /**
     * "The representative of Kessland, noting that her delegation had co-sponsored it, said …": a
     * participial speech clause set off between the subject and a finite speech verb ends at the
     * comma before that verb, which keeps the subject.
     */
    private int aside(int k, int ce, Mentions.Range subject) {
        int j = c.asideComma(k, ce);
        if (j < 0) {
            return ce;
        }
        s.asideEnd = j;
        s.asideSubject = subject;
        return j;
    }

    /** "According to X, CLAIM" or "CLAIM, according to X". */
    int according(int i, int pos) {
        return according(i, pos, 2);
    }

    /** Like {@link #according(int, int)} for a cue of {@code len} words ("in the words of"). */
    int according(int i, int pos, int len) {
        Mentions.Range src = AccordingTo.source(t, i, len);
        if (src == null) {
            return -1;
        }
        String cue = s.cueText(i, i + len);
        s.register(src, cue, false);
        int after = src.to();
        if (i == pos && after < n && t.get(after).is(",") && QuotedAs.ownSpeaker(t, after + 1)) {
            return after + 1; // "According to the agency, Jane Doe said …": she speaks
        }
        int quote = relativeThenQuote(after);
        if (i == pos && quote > 0) {
            out.direct(t, t.get(quote).region(), cue, src); // "In the words of X, whose book …, “…”"
            return quote + 1;
        }
        if (i == pos && after < n && t.get(after).is(",")) {
            int ce = c.complementEnd(after + 1);
            out.complement(t, after + 1, ce, cue, src);
            return Math.max(ce, after + 1);
        }
        if (i > pos) {
            out.complement(t, subjects.skipDateline(pos, i), i, cue, src);
        }
        return after;
    }
}
