package org.parley.quote;

import java.util.List;
import java.util.Set;

/**
 * The source named after "according to": an object pronoun ("According to her, …") or a noun
 * phrase, run on to the comma that ends the adverbial when the noun-phrase reader stops short of it
 * ("According to two diplomats familiar with the negotiations, …"). Stateless and thread-safe.
 */
final class AccordingTo {

    private AccordingTo() {
    }

    /** Pronouns a source may be after "according to" ("According to her, …"). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them");

    /** The source after "according to" at token {@code i} of sentence tokens {@code t}, or null. */
    static Mentions.Range source(List<Token> t, int i) {
        return source(t, i, 2);
    }

    /** The source after a cue of {@code len} words at token {@code i} ("in the words of"), or null. */
    static Mentions.Range source(List<Token> t, int i, int len) {
        int n = t.size();
        int f = i + len;
        Mentions.Range src = f < n && t.get(f).isWord() && OBJECT_PRONOUNS.contains(t.get(f).lower())
                ? new Mentions.Range(f, f + 1) : NounPhrases.npForward(t, f, n);
        return src == null ? null : toComma(t, src);
    }

    /** Longest source description "according to" may carry before its comma ("three people familiar with the talks"). */
    private static final int MAX_SOURCE = 12;

    /**
     * The length of an "in the words of" cue at token {@code i} ("In the words of Jane Doe, “…”"),
     * which names its source as "according to" does; 0 when there is none.
     */
    static int inTheWordsOf(List<Token> t, int i) {
        return i + 4 < t.size() && t.get(i).lower().equals("in") && t.get(i + 1).is("the") && t.get(i + 2).is("words")
                && t.get(i + 3).is("of") ? 4 : 0;
    }

    /**
     * "According to two diplomats familiar with the negotiations, …": a source the noun-phrase reader
     * stops short of ("familiar", "who were present") runs on to the comma that ends the adverbial,
     * when only words lie between.
     */
    private static Mentions.Range toComma(List<Token> t, Mentions.Range src) {
        int n = t.size();
        for (int j = src.to(); j < n && j - src.from() <= MAX_SOURCE; j++) {
            if (t.get(j).is(",")) {
                return j > src.to() ? new Mentions.Range(src.from(), j) : src;
            }
            if (!t.get(j).isWord() || SpeechVerbs.isForm(t.get(j).lower())) {
                return src;
            }
        }
        return src;
    }
}
