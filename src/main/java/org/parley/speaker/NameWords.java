package org.parley.speaker;

import java.util.List;

/**
 * Word-level tests {@link ArticleNames} makes while it scans an article for full names: whether a
 * word is written like a name, whether two words stand one space apart, whether a pair opens an
 * organisation's name or a byline. Each looks only at the words and the article text passed in.
 * Thread-safe (stateless).
 */
final class NameWords {

    private NameWords() {
    }

    /** "Velmari National Coalition": a name-cased pair right before a capitalised institution noun is the front of its name. */
    static boolean organisationFront(String text, List<Words.Word> ws, int lastIndex) {
        if (lastIndex + 1 >= ws.size()) {
            return false;
        }
        Words.Word next = ws.get(lastIndex + 1);
        return next.capitalised() && OrganisationName.HEADS.contains(next.folded()) && !ws.get(lastIndex).possessive()
                && next.start() == ws.get(lastIndex).end() + 1 && text.charAt(next.start() - 1) == ' ';
    }

    /** "By Jane Doe" opening a line: the article's writer, who is no quote source and no antecedent. */
    static boolean byline(String text, List<Words.Word> ws, int i) {
        if (i < 2 || !ws.get(i - 2).raw().equals("By")) {
            return false;
        }
        int s = ws.get(i - 2).start();
        return s == 0 || text.charAt(s - 1) == '\n' || text.charAt(s - 1) == '\r';
    }

    /** Title case with at least one lower-case letter: "Halloran", not "OKONJO" or "UN". */
    static boolean nameCased(Words.Word w) {
        String r = w.raw();
        if (r.length() < 2 || !Character.isUpperCase(r.codePointAt(0))) {
            return false;
        }
        for (int k = Character.charCount(r.codePointAt(0)); k < r.length(); ) {
            int cp = r.codePointAt(k);
            if (Character.isLowerCase(cp)) {
                return true;
            }
            k += Character.charCount(cp);
        }
        return false;
    }

    /** Whether {@code b} follows {@code a} after exactly one plain space. */
    static boolean singleSpace(String text, Words.Word a, Words.Word b) {
        return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
    }
}
