package org.parley.quote;

import java.util.Objects;
import org.parley.article.Span;

/**
 * A quote found in an article, before attribution.
 *
 * <p>The extractor records what the text says about the source next to the quote; the speaker stage
 * resolves it. Spans follow the convention of {@link Span}.
 *
 * @param kind         direct, block, indirect or mixed
 * @param text         the speaker's words only (ANNOTATION.md §1): no quotation marks, no attribution,
 *                     for indirect quotes no speech verb and no "that"
 * @param span         where {@code text} lies in the article text
 * @param paragraph    0-based index of the paragraph holding the quote
 * @param cue          the speech verb or phrase that introduces it ("said", "according to", "warned"),
 *                     or null (a continuing quotation, a block-quote paragraph after the first)
 * @param mention      the words naming the source next to the cue, as written ("Kerry", "he",
 *                     "Washington's top diplomat", "a senior Western diplomat", "SECRETARY KERRY"),
 *                     or null when the source must come from context (the previous paragraph)
 * @param mentionSpan  where {@code mention} lies in the article text, or null with it
 */
public record Quote(QuoteKind kind, String text, Span span, int paragraph, String cue, String mention,
                    Span mentionSpan) {

    public Quote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank quote text at " + span);
        }
        if (paragraph < 0) {
            throw new IllegalArgumentException("negative paragraph " + paragraph);
        }
        if ((mention == null) != (mentionSpan == null)) {
            throw new IllegalArgumentException("mention and mentionSpan must both be set or both be null");
        }
    }
}
