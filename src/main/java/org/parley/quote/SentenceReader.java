package org.parley.quote;

import java.util.List;

/**
 * Reads the direct, indirect and mixed quotes of one paragraph, sentence by sentence.
 *
 * <p>Per sentence: an attribution at the end ("…, the ministry said.") claims the whole sentence
 * before it; otherwise a left-to-right scan meets quotations ({@link QuotationReader}: attributed by
 * the words after them, "…,” Kerry said", or before them, "Kerry said, “…”") and speech cues
 * ({@link CueReader}: subject found by {@link Mentions}, complement running to the end of the
 * reported clause). A participial cue (", saying …") or a coordinated one ("… but stressed …")
 * starts a new quote with the subject of the clause before it. Quotations inside a reported clause
 * stay in it (a {@code mixed} quote when one has two or more words). The readers share the
 * sentence's state through a {@link Sentence}; {@link DraftWriter} turns the ranges into drafts.
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

    private void sentence(int from, int to, boolean lastSentence) {
        Sentence s = new Sentence(p, from, to, regions, out);
        List<Token> t = s.t;
        int n = s.n;
        if (n == 0) {
            return;
        }
        int end = n;
        while (end > 0 && (t.get(end - 1).is(".") || t.get(end - 1).is("!") || t.get(end - 1).is("?")
                || t.get(end - 1).is(":"))) {
            end--;
        }
        boolean intro = t.get(n - 1).is(":"); // "In a statement released after the talks, X said:" introduces a block
        if (t.get(s.lead(0)).kind() == Token.Kind.QUOTE || intro || !tail(s, end)) {
            scan(s);
        }
        narrative |= s.narrative;
        if (lastSentence && intro && s.first != null) {
            introStart = out.start(t, s.first);
            introEnd = out.end(t, s.first);
            introCue = s.firstCue;
        }
    }

    /** "CLAIM, the Syrian Observatory said." / "CLAIM, said a diplomat." / "CLAIM, according to X." */
    private static boolean tail(Sentence s, int end) {
        List<Token> t = s.t;
        int commas = 0;
        for (int cm = end - 1; cm > 0 && commas < 3 && end - cm < 40; cm--) {
            if (!t.get(cm).is(",")) {
                continue;
            }
            commas++;
            Clauses.Attr a = s.c.attributionAt(cm + 1, end);
            if (a == null || !closes(t, Adverbials.skip(t, a.end(), end), end) || s.words(0, cm) < 3) {
                continue;
            }
            String cue = s.cueText(a.cueFrom(), a.cueTo());
            s.register(a.mention(), cue, false);
            s.out.complement(t, s.subjects.skipDateline(0, cm), cm, cue, a.mention());
            return true;
        }
        return false;
    }

    /** Prepositions that open a setting after a closing attribution (", in a hearing that …"). */
    private static final java.util.Set<String> SETTING = java.util.Set.of("in", "at", "during", "on", "after",
            "before", "while");

    /**
     * Whether a closing attribution ends the sentence at token {@code k}: nothing follows, or only a
     * setting after a comma ("CLAIM, X told MPs on Tuesday, in a hearing that also heard calls for …"),
     * which holds no reported clause of its own.
     */
    private static boolean closes(List<Token> t, int k, int end) {
        return k >= end || (k + 1 < end && t.get(k).is(",") && SETTING.contains(t.get(k + 1).lower()));
    }

    private static void scan(Sentence s) {
        List<Token> t = s.t;
        QuotationReader quotations = new QuotationReader(s);
        CueReader cues = new CueReader(s);
        int i = 0;
        int pos = 0;
        while (i < s.n) {
            if (t.get(i).kind() == Token.Kind.QUOTE) {
                int next = quotations.at(i);
                if (next > i + 1) {
                    pos = next;
                }
                i = next;
                continue;
            }
            int words = t.get(i).isWord() ? AccordingTo.inTheWordsOf(t, i) : 0;
            if (words > 0) {
                int next = cues.according(i, pos, words);
                i = Math.max(next, i + words);
                pos = Math.max(pos, next);
                continue;
            }
            SpeechVerbs.Entry v = SpeechVerbs.match(t, i);
            if (v == null) {
                i++;
                continue;
            }
            int next = v.complement() == SpeechVerbs.Complement.ACCORDING ? cues.according(i, pos) : cues.cue(i, v, pos);
            if (next > i) {
                i = next;
                pos = next;
            } else {
                i += v.words().length;
            }
        }
    }
}
