package org.parley.quote;

import java.util.List;

/**
 * "… told her government that the patrol was “a fight not worth having,” one of them said.": a
 * reported clause ends at a quotation closing with a comma that the sentence's own closing
 * attribution follows; that attribution names who reports the report, not more words of it.
 * Stateless and thread-safe.
 */
final class ClosingAttributions {

    /** Longest closing attribution after a quotation ("one of the officials said on Friday"). */
    private static final int MAX_CLOSING = 8;

    private ClosingAttributions() {
    }

    /**
     * The end of the reported clause [{@code k}, {@code ce}) of paragraph {@code p}: the token after
     * the first comma-closed quotation that a closing attribution follows, else {@code ce}.
     */
    static int cut(List<Token> t, String p, int k, int ce) {
        for (int j = k; j + 1 < ce; j++) {
            Token w = t.get(j);
            if (w.kind() != Token.Kind.QUOTE || !endsWithComma(p, w.region())) {
                continue;
            }
            if (closingAttribution(t, j + 1, ce)) {
                return j + 1;
            }
        }
        return ce;
    }

    /** Whether {@code [from, to)} is only a short subject and a finite speech verb, ending the sentence. */
    private static boolean closingAttribution(List<Token> t, int from, int to) {
        int end = to;
        while (end > from && t.get(end - 1).kind() == Token.Kind.PUNCT) {
            end--;
        }
        if (end <= from || end - from > MAX_CLOSING || t.get(from).is("and") || t.get(from).is("but")) {
            return false;
        }
        boolean verb = false;
        for (int j = from; j < end; j++) {
            if (!t.get(j).isWord()) {
                return false;
            }
            SpeechVerbs.Entry u = j > from ? SpeechVerbs.match(t, j) : null;
            verb |= u != null && u.form() == SpeechVerbs.Form.FINITE && u.complement() != SpeechVerbs.Complement.ACCORDING;
        }
        return verb;
    }

    private static boolean endsWithComma(String p, QuoteMarks.Region r) {
        int e = r.innerEnd();
        while (e > r.innerStart() && Text.space(p.charAt(e - 1))) {
            e--;
        }
        return e > r.innerStart() && p.charAt(e - 1) == ',';
    }
}
