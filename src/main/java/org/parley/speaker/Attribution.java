package org.parley.speaker;

import java.util.Objects;

/**
 * Who said a quote, and how that was decided.
 *
 * @param speaker  canonical name (registry name, the name the article gives for people not in the
 *                 registry, an institution, or a country for a government speaking through its
 *                 capital), or null for anonymous or unresolved sources
 * @param mention  the words in the article that name the source ("Washington's top diplomat", "he",
 *                 "a senior Western diplomat"), or null when there are none
 * @param sieve    which rule decided
 */
public record Attribution(String speaker, String mention, Sieve sieve) {

    public Attribution {
        Objects.requireNonNull(sieve, "sieve");
        if (speaker != null && speaker.isBlank()) {
            throw new IllegalArgumentException("blank speaker name; use null for anonymous sources");
        }
    }

    public static Attribution unresolved(String mention) {
        return new Attribution(null, mention, mention == null ? Sieve.NONE : Sieve.ANONYMOUS);
    }

    /** The rules of attribution, from most to least confident (ANNOTATION.md §2). */
    public enum Sieve {
        /** A person's name next to the speech verb. */
        NAME,
        /** An institution ("the Defense Ministry", "a State Department spokesman"). */
        INSTITUTION,
        /** A country or capital speaking as a government ("Moscow said"). */
        COUNTRY,
        /** A role or descriptor resolved through the registry and the article's date. */
        ROLE,
        /** A transcript turn ("SECRETARY KERRY:") or heading. */
        TRANSCRIPT,
        /** The sentence introducing a block quote. */
        BLOCK_INTRO,
        /** A pronoun resolved to the most recent compatible speaker. */
        PRONOUN,
        /** A continuing quote takes the previous paragraph's speaker. */
        CONTINUATION,
        /** A described but unnamed source ("a senior Western diplomat"): speaker null. */
        ANONYMOUS,
        /** Nothing found. */
        NONE
    }
}
