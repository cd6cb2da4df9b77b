package org.parley.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the token ranges a {@link SentenceReader} settles on into {@link Draft}s with absolute char
 * offsets: a reported clause (indirect or mixed) or a quotation (direct), never overlapping an
 * earlier draft of the paragraph. One instance per paragraph, owned by its reader; not thread-safe.
 */
final class DraftWriter {

    private final String p;
    private final int base;
    private final int paragraph;
    private final List<Draft> drafts = new ArrayList<>();

    /** Writes drafts for paragraph {@code p} (index {@code paragraph}) that starts at char {@code base}. */
    DraftWriter(String p, int base, int paragraph) {
        this.p = p;
        this.base = base;
        this.paragraph = paragraph;
    }

    /** The drafts written so far, in text order. */
    List<Draft> drafts() {
        return List.copyOf(drafts);
    }

    /** Absolute char offset where mention {@code m} of sentence tokens {@code t} starts. */
    int start(List<Token> t, Mentions.Range m) {
        return base + t.get(m.from()).start();
    }

    /** Absolute char offset where mention {@code m} of sentence tokens {@code t} ends. */
    int end(List<Token> t, Mentions.Range m) {
        return base + t.get(m.to() - 1).end();
    }

    /**
     * Adds the reported clause {@code [k, ce)} of sentence tokens {@code t} (trimmed of punctuation at
     * both ends) as an indirect quote, a mixed one when it embeds a quotation of two or more words, or
     * a direct one when it is nothing but a quotation; nothing under two words.
     */
    void complement(List<Token> t, int k, int ce, String cue, Mentions.Range m) {
        while (ce > k && t.get(ce - 1).kind() == Token.Kind.PUNCT && ".,;:!?—–-".contains(t.get(ce - 1).text())) {
            ce--;
        }
        while (k < ce && t.get(k).kind() == Token.Kind.PUNCT && ".,;:—–-".contains(t.get(k).text())) {
            k++;
        }
        if (ce <= k) {
            return;
        }
        if (ce - k == 1 && t.get(k).kind() == Token.Kind.QUOTE) {
            direct(t, t.get(k).region(), cue, m);
            return;
        }
        int count = 0;
        boolean mixed = false;
        for (int j = k; j < ce; j++) {
            Token w = t.get(j);
            if (w.isWord()) {
                count++;
            } else if (w.kind() == Token.Kind.QUOTE) {
                int q = words(w.region().innerStart(), w.region().innerEnd(), 2);
                count += q;
                mixed |= q >= 2;
            }
        }
        if (count < 2) {
            return;
        }
        Span2 ms = m == null ? new Span2(-1, -1) : abs(t, m);
        add(new Draft(mixed ? QuoteKind.MIXED : QuoteKind.INDIRECT, base + t.get(k).start(), base + t.get(ce - 1).end(),
                paragraph, cue, ms.start(), ms.end()));
    }

    /** Adds the quotation {@code r} (trimmed of white space) as a direct quote with mention {@code m} of {@code t}. */
    void direct(List<Token> t, QuoteMarks.Region r, String cue, Mentions.Range m) {
        int s = r.innerStart();
        int e = r.innerEnd();
        while (s < e && Text.space(p.charAt(s))) {
            s++;
        }
        while (e > s && Text.space(p.charAt(e - 1))) {
            e--;
        }
        if (e <= s || words(s, e, 1) == 0) {
            return;
        }
        Span2 ms = m == null ? new Span2(-1, -1) : abs(t, m);
        add(new Draft(QuoteKind.DIRECT, base + s, base + e, paragraph, cue, ms.start(), ms.end()));
    }

    private void add(Draft d) {
        if (!drafts.isEmpty() && drafts.get(drafts.size() - 1).end() > d.start()) {
            return; // never overlap an earlier quote
        }
        drafts.add(d);
    }

    private record Span2(int start, int end) {
    }

    private Span2 abs(List<Token> t, Mentions.Range m) {
        return new Span2(start(t, m), end(t, m));
    }

    /** Number of words in {@code p[s, e)}, counting no further than {@code cap}. */
    int words(int s, int e, int cap) {
        int c = 0;
        boolean in = false;
        for (int k = s; k < e && c < cap; k++) {
            boolean letter = Character.isLetterOrDigit(p.charAt(k));
            if (letter && !in) {
                c++;
            }
            in = letter || (in && (p.charAt(k) == '’' || p.charAt(k) == '\'' || p.charAt(k) == '-'));
        }
        return c;
    }
}
