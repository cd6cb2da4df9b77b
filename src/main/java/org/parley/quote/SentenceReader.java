package org.parley.quote;

import java.util.List;

/**
 * Reads the direct, indirect and mixed quotes of one paragraph, sentence by sentence.
 *
 * <p>Per sentence: an attribution at the end ("…, the ministry said.") claims the whole sentence
 * before it; otherwise a left-to-right scan meets quotations (attributed by the words after them,
 * "…,” Kerry said", or before them, "Kerry said, “…”") and speech cues (subject found by
 * {@link Mentions}, complement running to the end of the reported clause). A participial cue
 * (", saying …") or a coordinated one ("… but stressed …") starts a new quote with the subject of
 * the clause before it. Quotations inside a reported clause stay in it (a {@code mixed} quote when
 * one has two or more words). {@link DraftWriter} turns the ranges into drafts and
 * {@link CueGuards} rules out verb matches that report no speech.
 *
 * <p>One instance per paragraph; not thread-safe, and never shared.
 */
final class SentenceReader {

    /**
     * What a paragraph yields.
     *
     * @param drafts     its quotes in text order
     * @param introStart mention of a block-quote intro (a last sentence naming a source with a speech
     *                   verb and ending with a colon), absolute char index, or -1
     * @param introEnd   end of that mention, or -1
     * @param introCue   cue of that intro, or null
     * @param narrative  whether the paragraph attributes speech to a third person
     */
    record Result(List<Draft> drafts, int introStart, int introEnd, String introCue, boolean narrative) {
    }

    private final String p;
    private final List<QuoteMarks.Region> regions;
    private final DraftWriter out;
    private boolean narrative;
    private int introStart = -1;
    private int introEnd = -1;
    private String introCue;

    private List<Token> t;
    private Clauses c;
    private ClauseSubjects subjects;
    private int n;
    private Mentions.Range last;
    private Mentions.Range first;
    private String firstCue;

    private SentenceReader(String p, int base, int paragraph, List<QuoteMarks.Region> regions) {
        this.p = p;
        this.out = new DraftWriter(p, base, paragraph);
        this.regions = regions;
    }

    /** Reads paragraph {@code p} (index {@code paragraph}) that starts at char {@code base} of the article. */
    static Result read(String p, int base, int paragraph, List<QuoteMarks.Region> regions) {
        SentenceReader r = new SentenceReader(p, base, paragraph, regions);
        List<int[]> sentences = Sentences.split(p, regions);
        for (int k = 0; k < sentences.size(); k++) {
            r.sentence(sentences.get(k)[0], sentences.get(k)[1], k == sentences.size() - 1);
        }
        return new Result(r.out.drafts(), r.introStart, r.introEnd, r.introCue, r.narrative);
    }

    private void sentence(int s, int e, boolean lastSentence) {
        t = Tokenizer.tokenize(p, s, e, regions);
        c = new Clauses(t);
        subjects = new ClauseSubjects(t);
        n = t.size();
        last = null;
        asideEnd = -1;
        asideSubject = null;
        first = null;
        firstCue = null;
        if (n == 0) {
            return;
        }
        int end = n;
        while (end > 0 && (t.get(end - 1).is(".") || t.get(end - 1).is("!") || t.get(end - 1).is("?")
                || t.get(end - 1).is(":"))) {
            end--;
        }
        int lead = 0;
        while (lead < n - 1 && t.get(lead).kind() == Token.Kind.PUNCT) {
            lead++;
        }
        boolean intro = t.get(n - 1).is(":"); // "In a statement released after the talks, X said:" introduces a block
        if (t.get(lead).kind() == Token.Kind.QUOTE || intro || !tail(end)) {
            scan();
        }
        if (lastSentence && t.get(n - 1).is(":") && first != null) {
            introStart = out.start(t, first);
            introEnd = out.end(t, first);
            introCue = firstCue;
        }
    }

    /** "CLAIM, the Syrian Observatory said." / "CLAIM, said a diplomat." / "CLAIM, according to X." */
    private boolean tail(int end) {
        int commas = 0;
        for (int cm = end - 1; cm > 0 && commas < 3 && end - cm < 40; cm--) {
            if (!t.get(cm).is(",")) {
                continue;
            }
            commas++;
            Clauses.Attr a = c.attributionAt(cm + 1, end);
            if (a == null || Adverbials.skip(t, a.end(), end) < end || words(0, cm) < 3) {
                continue;
            }
            String cue = cueText(a.cueFrom(), a.cueTo());
            register(a.mention(), cue, false);
            out.complement(t, subjects.skipDateline(0, cm), cm, cue, a.mention());
            return true;
        }
        return false;
    }

    private void scan() {
        int i = 0;
        int pos = 0;
        while (i < n) {
            if (t.get(i).kind() == Token.Kind.QUOTE) {
                int next = quoteAt(i);
                if (next > i + 1) {
                    pos = next;
                }
                i = next;
                continue;
            }
            SpeechVerbs.Entry v = SpeechVerbs.match(t, i);
            if (v == null) {
                i++;
                continue;
            }
            int next = v.complement() == SpeechVerbs.Complement.ACCORDING ? according(i, pos) : cueAt(i, v, pos);
            if (next > i) {
                i = next;
                pos = next;
            } else {
                i += v.words().length;
            }
        }
    }

    /** A quotation met outside any reported clause; returns the index to continue from. */
    private int quoteAt(int i) {
        QuoteMarks.Region r = t.get(i).region();
        int j = i + 1;
        boolean comma = j < n && (t.get(j).is(",") || t.get(j).is("—") || t.get(j).is("–"));
        if (comma) {
            j++;
        }
        Clauses.Attr a = (comma || endsWithPunct(r)) ? c.attributionAt(j, n) : null;
        if (a != null) {
            String cue = cueText(a.cueFrom(), a.cueTo());
            register(a.mention(), cue, false);
            out.direct(t, r, cue, a.mention());
            int k = a.end();
            int adv = Adverbials.skip(t, k, n);
            if (adv + 1 < n && t.get(adv).is(",") && t.get(adv + 1).kind() == Token.Kind.QUOTE) {
                k = adv; // "“A,” she said on Thursday, “B.”"
            }
            while (k + 1 < n && t.get(k).is(",") && t.get(k + 1).kind() == Token.Kind.QUOTE) {
                out.direct(t, t.get(k + 1).region(), cue, a.mention());
                k += 2;
            }
            return k;
        }
        Mentions.Range colonSource = ColonIntros.source(t, i, lead(0));
        if (colonSource != null) {
            register(colonSource, null, false);
            out.direct(t, r, null, colonSource);
            return i + 1;
        }
        Mentions.Range caller = out.words(r.innerStart(), r.innerEnd(), 2) >= 2 ? Passives.whatCalled(t, i) : null;
        if (caller != null) {
            out.direct(t, r, cueText(i - 1, i), caller);
            return i + 1;
        }
        if (opensSentence(i) && out.words(r.innerStart(), r.innerEnd(), 2) >= 2 && !Headings.titleLike(p, r.innerStart(), r.innerEnd())) {
            out.direct(t, r, null, null);
        }
        return i + 1;
    }

    /** The first token at or after {@code i} that is not punctuation. */
    private int lead(int i) {
        while (i < n - 1 && t.get(i).kind() == Token.Kind.PUNCT) {
            i++;
        }
        return i;
    }

    /** Only punctuation (a dash, a bullet, an emoji) before token {@code i} in the sentence. */
    private boolean opensSentence(int i) {
        for (int k = 0; k < i; k++) {
            if (t.get(k).kind() != Token.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    private int cueAt(int i, SpeechVerbs.Entry v, int pos) {
        int after = i + v.words().length;
        String cue = cueText(i, after);
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
            if (m == null && b >= pos && b == asideEnd) {
                m = asideSubject; // "The representative of X, noting that …, said …"
            }
            if (m == null && b >= pos && (t.get(b).is("and") || t.get(b).is("but"))) {
                m = last != null ? last : subjects.mainSubject(pos, b);
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
                m = last != null ? last : subjects.mainSubject(pos, i);
            }
        }
        if (m == null || CueGuards.firstPerson(t, m)) {
            return -1;
        }
        if (CueGuards.negated(t, i, m)) {
            narrative |= !derived; // "The statement did not say how …": narrative about a source, not a quote
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
        if (k + 1 < n && (t.get(k).is(",") || t.get(k).is(":")) && t.get(k + 1).kind() == Token.Kind.QUOTE) {
            register(m, cue, derived);
            out.direct(t, t.get(k + 1).region(), cue, m);
            return k + 2;
        }
        k = CueGuards.shortToColon(t, k);
        if (CueGuards.participleToColon(t, k)) {
            register(m, cue, derived);
            return n; // "said in a statement released an hour ago:": a block intro, not a quote
        }
        if (k < n && t.get(k).is(":")) {
            register(m, cue, derived);
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
        register(m, cue, derived);
        out.complement(t, k, ce, cue, m);
        if (ce + 1 < n && t.get(ce).is(":") && t.get(ce + 1).kind() == Token.Kind.QUOTE) {
            out.direct(t, t.get(ce + 1).region(), cue, m);
            return ce + 2;
        }
        return Math.max(ce, after);
    }

    /** The comma that ends a participial aside before its main verb, and the subject they share; -1 if none. */
    private int asideEnd = -1;
    private Mentions.Range asideSubject;

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
        asideEnd = j;
        asideSubject = subject;
        return j;
    }

    /** "According to X, CLAIM" or "CLAIM, according to X". */
    private int according(int i, int pos) {
        Mentions.Range src = AccordingTo.source(t, i);
        if (src == null) {
            return -1;
        }
        String cue = cueText(i, i + 2);
        register(src, cue, false);
        int after = src.to();
        if (i == pos && after < n && t.get(after).is(",") && QuotedAs.ownSpeaker(t, after + 1)) {
            return after + 1; // "According to the agency, Jane Doe said …": she speaks
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

    private void register(Mentions.Range m, String cue, boolean derived) {
        last = m;
        if (first == null) {
            first = m;
            firstCue = cue;
        }
        if (!derived && !(m.to() - m.from() == 1 && Words.FIRST_SECOND_PERSON.contains(t.get(m.from()).lower()))) {
            narrative = true;
        }
    }

    private String cueText(int from, int to) {
        return p.substring(t.get(from).start(), t.get(to - 1).end());
    }

    private int words(int from, int to) {
        int c = 0;
        for (int k = from; k < to; k++) {
            c += t.get(k).isWord() ? 1 : 0;
        }
        return c;
    }

    private boolean endsWithPunct(QuoteMarks.Region r) {
        int e = r.innerEnd();
        while (e > r.innerStart() && Text.space(p.charAt(e - 1))) {
            e--;
        }
        return e > r.innerStart() && ",.!?…—–-".indexOf(p.charAt(e - 1)) >= 0;
    }
}
