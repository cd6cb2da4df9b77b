package org.parley.quote;

import java.util.List;

/**
 * One sentence being read: its tokens and clause helpers, the paragraph's {@link DraftWriter}, and
 * what the readers have learned so far — the last and first source registered (a participle borrows
 * the last one; a block intro is the first), a participial aside's end and subject, and whether a
 * third person was attributed speech. Shared by {@link SentenceReader}, {@link QuotationReader} and
 * {@link CueReader}, which read the quotations and the speech cues of the same sentence.
 *
 * <p>One instance per sentence; not thread-safe, and never shared.
 */
final class Sentence {

    final String p;
    final List<Token> t;
    final Clauses c;
    final ClauseSubjects subjects;
    final int n;
    final DraftWriter out;

    /** The last source registered, which a participle or a coordinated verb takes as its subject. */
    Mentions.Range last;
    /** The first source registered and its cue: a block intro's when the sentence ends with a colon. */
    Mentions.Range first;
    String firstCue;
    /** The comma that ends a participial aside before its main verb, and the subject they share; -1 if none. */
    int asideEnd = -1;
    Mentions.Range asideSubject;
    /** Whether a third person was attributed speech in this sentence. */
    boolean narrative;

    Sentence(String p, int s, int e, List<QuoteMarks.Region> regions, DraftWriter out) {
        this.p = p;
        this.t = Tokenizer.tokenize(p, s, e, regions);
        this.c = new Clauses(t);
        this.subjects = new ClauseSubjects(t);
        this.n = t.size();
        this.out = out;
    }

    void register(Mentions.Range m, String cue, boolean derived) {
        last = m;
        if (first == null) {
            first = m;
            firstCue = cue;
        }
        if (!derived && !(m.to() - m.from() == 1 && Words.FIRST_SECOND_PERSON.contains(t.get(m.from()).lower()))) {
            narrative = true;
        }
    }

    String cueText(int from, int to) {
        return p.substring(t.get(from).start(), t.get(to - 1).end());
    }

    int words(int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            count += t.get(k).isWord() ? 1 : 0;
        }
        return count;
    }

    /** The first token at or after {@code i} that is not punctuation. */
    int lead(int i) {
        while (i < n - 1 && t.get(i).kind() == Token.Kind.PUNCT) {
            i++;
        }
        return i;
    }

    /** Only punctuation (a dash, a bullet, an emoji) before token {@code i} in the sentence. */
    boolean opensSentence(int i) {
        for (int k = 0; k < i; k++) {
            if (t.get(k).kind() != Token.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }
}
