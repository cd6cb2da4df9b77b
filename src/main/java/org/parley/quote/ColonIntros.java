package org.parley.quote;

import java.util.List;

/**
 * Agency style that introduces a quotation with a colon and no speech verb: "Oztorun, in a
 * televised interview on Monday evening: “…”" — a name, a comma, an adverbial of where or when the
 * words were said, a colon, the quotation. The name is the speaker (the verb is understood). Only
 * that exact shape counts, so a colon after a plain noun phrase ("Three demands: “…”") is not
 * read as a source. Stateless and thread-safe.
 */
final class ColonIntros {

    private ColonIntros() {
    }

    /**
     * The source of the quotation at token {@code quote} when the tokens from {@code pos} to it are
     * "NAME, ADVERBIAL:", or null.
     */
    static Mentions.Range source(List<Token> t, int quote, int pos) {
        int colon = quote - 1;
        if (colon <= pos || !t.get(colon).is(":")) {
            return null;
        }
        Mentions.Range np = NounPhrases.npForward(t, pos, colon);
        if (np == null || np.from() != pos || np.to() >= colon || !t.get(np.to()).is(",")
                || !t.get(np.to() - 1).capitalised()) {
            return null;
        }
        int adverbial = np.to() + 1;
        int end = Adverbials.skip(t, adverbial, colon);
        return end == colon && end > adverbial ? np : null;
    }
}
