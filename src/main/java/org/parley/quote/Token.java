package org.parley.quote;

import java.util.Locale;

/**
 * A token of a sentence: a word, a punctuation mark, or a whole quotation (marks included), which
 * the attribution rules treat as one opaque unit.
 *
 * @param kind   word, punctuation or quotation
 * @param start  UTF-16 index into the paragraph text, inclusive
 * @param end    UTF-16 index into the paragraph text, exclusive
 * @param text   the token as written
 * @param lower  lower-case form (words only; the text otherwise)
 * @param region for a quotation, its marks; null otherwise
 */
record Token(Kind kind, int start, int end, String text, String lower, QuoteMarks.Region region) {

    enum Kind { WORD, PUNCT, QUOTE }

    static Token word(String p, int s, int e) {
        String t = p.substring(s, e);
        return new Token(Kind.WORD, s, e, t, t.toLowerCase(Locale.ROOT), null);
    }

    static Token punct(String p, int s, int e) {
        String t = p.substring(s, e);
        return new Token(Kind.PUNCT, s, e, t, t, null);
    }

    static Token quote(String p, QuoteMarks.Region r) {
        return new Token(Kind.QUOTE, r.open(), r.end(), "", "", r);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String punctOrLowerWord) {
        return kind != Kind.QUOTE && lower.equals(punctOrLowerWord);
    }

    /** First letter upper case ("Kerry", "U.S.", "SANA"). */
    boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }
}
