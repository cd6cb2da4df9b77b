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
        int n = t.size();
        Mentions.Range src = i + 2 < n && t.get(i + 2).isWord() && OBJECT_PRONOUNS.contains(t.get(i + 2).lower())
                ? new Mentions.Range(i + 2, i + 3) : NounPhrases.npForward(t, i + 2, n);
        return src == null ? null : toComma(t, src);
    }

    /** Longest source description "according to" may carry before its comma ("three people familiar with the talks"). */
    private static final int MAX_SOURCE = 12;

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
