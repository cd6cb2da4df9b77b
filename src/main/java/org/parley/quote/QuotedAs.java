package org.parley.quote;

import java.util.List;
import java.util.Set;

/**
 * Speech reported through someone else, where the person quoted is the speaker (ANNOTATION.md §2:
 * the words are theirs, the outlet only carries them): "The agency quoted Minister Jane Doe as
 * saying that …", "State radio cited her as saying …", and "According to the agency, Jane Doe said
 * …", where the source after "according to" only reports what the subject of the next clause said.
 * Stateless and thread-safe.
 */
final class QuotedAs {

    private QuotedAs() {
    }

    private static final Set<String> CARRIERS = Set.of("quoted", "cited", "quoting", "citing", "quotes", "cites");
    /** Longest quoted person ("the minister, Jane Doe,") between "quoted" and "as". */
    private static final int MAX_PERSON = 12;
    /** Longest subject of a clause after "according to X," that carries its own speech verb. */
    private static final int MAX_SUBJECT = 10;

    /**
     * The person between "quoted"/"cited" and the "as" right before the participle at token
     * {@code ing} ("… quoted Jane Doe as saying"), or null; not before token {@code lo}.
     */
    static Mentions.Range person(List<Token> t, int ing, int lo) {
        int as = ing - 1;
        if (as < 2 || !t.get(as).is("as")) {
            return null;
        }
        for (int j = as - 1; j >= lo && as - j <= MAX_PERSON; j--) {
            Token w = t.get(j);
            if (w.isWord() && CARRIERS.contains(w.lower())) {
                int to = as;
                while (to > j + 1 && t.get(to - 1).is(",")) {
                    to--;
                }
                return to > j + 1 ? new Mentions.Range(j + 1, to) : null;
            }
            if (!w.isWord() && !w.is(",")) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the clause starting at token {@code from} (right after "According to X,") has its own
     * subject and finite speech verb ("According to the agency, Jane Doe said …"), so that it is
     * read as a sentence of its own and the subject, not X, is the speaker.
     */
    static boolean ownSpeaker(List<Token> t, int from) {
        int n = t.size();
        for (int j = from + 1; j < n && j - from <= MAX_SUBJECT; j++) {
            if (!t.get(j).isWord()) {
                return false;
            }
            SpeechVerbs.Entry v = SpeechVerbs.match(t, j);
            if (v != null && v.form() == SpeechVerbs.Form.FINITE) {
                Mentions.Range m = Mentions.subjectBefore(t, j, from);
                return m != null && m.from() == from && m.to() == j; // not "the delegation will ask": a claim about a plan
            }
        }
        return false;
    }
}
