package org.parley.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.speaker.ArticleContext.Kind;
import org.parley.speaker.ArticleContext.Source;
import org.parley.speaker.Attribution.Sieve;

/**
 * "The statement said", "the joint communique added": a document speaking for whoever issued it.
 * News introduces a statement once with an indefinite or possessive article next to its source
 * ("In a joint statement, the Harbour Forum said:", "the ministry said in a statement") and later
 * lets "the statement" speak; the speaker is the quote source named closest to that introduction.
 * Looks back at most {@link #REACH} characters and through the article's quote sources so far.
 *
 * <p>Not thread-safe: one per article, owned by its {@link ArticleContext}.
 */
final class Documents {

    /** Nouns of documents that speak for their issuer. */
    private static final Set<String> NOUNS = Set.of("statement", "communique", "communiqué", "declaration",
            "resolution", "submission", "readout", "letter", "report");
    /** Words that introduce a document for the first time ("a joint statement", "its statement"). */
    private static final Set<String> INTRODUCERS = Set.of("a", "an", "joint", "written", "its", "their", "his", "her");
    /** How far back an introduction is searched for. */
    private static final int REACH = 4000;
    /** Largest distance between an introduction and its source's mention. */
    private static final int NEAR = 200;

    private final List<Source> history;
    private final String text;

    Documents(List<Source> history, String text) {
        this.history = history;
        this.text = text;
    }

    /** The issuer of the document {@code mention} ("the statement") written at {@code at}, or null. */
    Source issuer(String mention, int paragraph, int at) {
        List<Words.Word> w = Words.of(mention);
        if (w.size() < 2 || w.size() > 3 || !w.get(0).folded().equals("the")
                || !NOUNS.contains(w.get(w.size() - 1).folded())) {
            return null;
        }
        String noun = w.get(w.size() - 1).folded();
        int intro = introduction(noun, at);
        if (intro < 0) {
            return null;
        }
        Source best = null;
        for (int i = history.size() - 1; i >= 0; i--) {
            Source h = history.get(i);
            if (h.offset() < intro - NEAR) {
                break;
            }
            if (h.attribution().speaker() != null && Math.abs(h.offset() - intro) <= NEAR
                    && oneSentence(Math.min(h.offset(), intro), Math.max(h.offset(), intro))
                    && (best == null || Math.abs(h.offset() - intro) < Math.abs(best.offset() - intro))) {
                best = h;
            }
        }
        return best == null ? null : new Source(new Attribution(best.attribution().speaker(), mention, Sieve.INSTITUTION),
                best.entity(), Kind.INSTITUTION, Gender.UNKNOWN, true, false, paragraph, at); // "It also said": the document
    }

    /** Whether no sentence ends between {@code from} and {@code to} ("X said in a statement", not "… . Y said"). */
    private boolean oneSentence(int from, int to) {
        for (int k = from; k < to && k + 2 < text.length(); k++) {
            char c = text.charAt(k);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && (c == '\n' || text.charAt(k + 1) == ' '
                    && Character.isUpperCase(text.charAt(k + 2)))) {
                return false;
            }
        }
        return true;
    }

    /** Offset of the last introduction of a {@code noun} before {@code at}, or -1. */
    private int introduction(String noun, int at) {
        String lower = text.substring(Math.max(0, at - REACH), Math.min(at, text.length())).toLowerCase(Locale.ROOT);
        int base = Math.max(0, at - REACH);
        for (int k = lower.lastIndexOf(noun); k >= 0; k = k == 0 ? -1 : lower.lastIndexOf(noun, k - 1)) {
            int e = k - 1;
            while (e >= 0 && lower.charAt(e) == ' ') {
                e--;
            }
            int s = e;
            while (s >= 0 && Character.isLetter(lower.charAt(s))) {
                s--;
            }
            if (e > s && INTRODUCERS.contains(lower.substring(s + 1, e + 1))) {
                return base + k;
            }
        }
        return -1;
    }
}
