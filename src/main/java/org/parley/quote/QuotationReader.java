package org.parley.quote;

import java.util.List;

/**
 * Reads a quotation met outside any reported clause: attributed by the words after it ("…,” Kerry
 * said", "…,” said a diplomat", more quotations joined by commas), by a colon intro with no verb
 * ("Oztorun, in an interview: “…”", {@link ColonIntros}), by "what X called “…”", or a quotation
 * that opens its sentence with no attribution (a continuing speaker, resolved later).
 *
 * <p>One instance per sentence, sharing its {@link Sentence}; not thread-safe.
 */
final class QuotationReader {

    private final Sentence s;
    private final String p;
    private final List<Token> t;
    private final Clauses c;
    private final int n;
    private final DraftWriter out;

    QuotationReader(Sentence s) {
        this.s = s;
        this.p = s.p;
        this.t = s.t;
        this.c = s.c;
        this.n = s.n;
        this.out = s.out;
    }

    /** A quotation met outside any reported clause; returns the index to continue from. */
    int at(int i) {
        QuoteMarks.Region r = t.get(i).region();
        int j = i + 1;
        boolean comma = j < n && (t.get(j).is(",") || t.get(j).is("—") || t.get(j).is("–"));
        if (comma) {
            j++;
        }
        Clauses.Attr a = (comma || endsWithPunct(r)) ? c.attributionAt(j, n) : null;
        if (a != null) {
            String cue = s.cueText(a.cueFrom(), a.cueTo());
            s.register(a.mention(), cue, false);
            out.direct(t, r, cue, a.mention());
            int k = a.end();
            int adv = Adverbials.skip(t, k, n);
            int setting = Adverbials.settingThenQuote(t, adv, n);
            if (adv + 1 < n && t.get(adv).is(",") && t.get(adv + 1).kind() == Token.Kind.QUOTE) {
                k = adv; // "“A,” she said on Thursday, “B.”"
            } else if (setting > 0) {
                k = setting - 1; // "“A,” a teacher told me in a camp near the border, “B.”"
            }
            while (k + 1 < n && t.get(k).is(",") && t.get(k + 1).kind() == Token.Kind.QUOTE) {
                out.direct(t, t.get(k + 1).region(), cue, a.mention());
                k += 2;
            }
            return k;
        }
        Mentions.Range colonSource = ColonIntros.source(t, i, s.lead(0));
        if (colonSource != null) {
            s.register(colonSource, null, false);
            out.direct(t, r, null, colonSource);
            return i + 1;
        }
        Mentions.Range caller = out.words(r.innerStart(), r.innerEnd(), 2) >= 2 ? Passives.whatCalled(t, i) : null;
        if (caller != null) {
            out.direct(t, r, s.cueText(i - 1, i), caller);
            return i + 1;
        }
        if (s.opensSentence(i) && out.words(r.innerStart(), r.innerEnd(), 2) >= 2 && !Headings.titleLike(p, r.innerStart(), r.innerEnd())) {
            out.direct(t, r, null, null);
        }
        return i + 1;
    }

    private boolean endsWithPunct(QuoteMarks.Region r) {
        int e = r.innerEnd();
        while (e > r.innerStart() && Text.space(p.charAt(e - 1))) {
            e--;
        }
        return e > r.innerStart() && ",.!?…—–-".indexOf(p.charAt(e - 1)) >= 0;
    }
}
