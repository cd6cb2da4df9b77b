package org.parley.pipeline;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.classify.Stance;
import org.parley.quote.QuoteKind;

/**
 * One quote as written to and read from JSON Lines: the record of ANNOTATION.md §5.
 *
 * <p>Gold labels fill the annotation fields ({@code article, kind, text, speaker, speakerMention,
 * topic, stance, origin}); the pipeline adds positions, article metadata and, with a model,
 * the predictions. Unknown fields are null. {@code start}/{@code end} follow the offset convention of
 * {@link org.parley.article.Span}: Unicode code points into the article text after its front matter,
 * start inclusive, end exclusive.
 *
 * @param article          article id (file name without extension, or JSONL id)
 * @param kind             quote kind
 * @param text             the speaker's words
 * @param speaker          canonical speaker, or null for anonymous or unresolved sources
 * @param speakerMention   how the article names the source, or null
 * @param start            code-point offset of the first character, or null
 * @param end              code-point offset after the last character, or null
 * @param paragraph        0-based paragraph index, or null
 * @param date             the article's date, or null
 * @param outlet           the article's outlet, or null
 * @param context          the sentence around the quote (a classifier feature source), or null
 * @param topic            topic id (gold or predicted), or null
 * @param stance           stance (gold or predicted), or null
 * @param topicConfidence  model confidence in {@code topic}, or null for gold labels
 * @param stanceConfidence model confidence in {@code stance}, or null for gold labels
 * @param origin           "article" for quotes from real articles, "synthetic" for hand-written
 *                         training statements, or null
 */
public record QuoteRecord(String article, QuoteKind kind, String text, String speaker, String speakerMention,
                          Integer start, Integer end, Integer paragraph, LocalDate date, String outlet,
                          String context, String topic, Stance stance, Double topicConfidence,
                          Double stanceConfidence, String origin) {

    public static final String ORIGIN_ARTICLE = "article";
    public static final String ORIGIN_SYNTHETIC = "synthetic";

    public QuoteRecord {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("quote text is blank");
        }
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end must both be present or both absent");
        }
        if (start != null && (start < 0 || end < start)) {
            throw new IllegalArgumentException("bad offsets start=" + start + " end=" + end);
        }
        if (origin != null && !origin.equals(ORIGIN_ARTICLE) && !origin.equals(ORIGIN_SYNTHETIC)) {
            throw new IllegalArgumentException("origin must be 'article' or 'synthetic', got '" + origin + "'");
        }
    }

    /** A copy with the model's decision filled in. */
    public QuoteRecord withPrediction(String topic, Stance stance, double topicConfidence, double stanceConfidence) {
        return new QuoteRecord(article, kind, text, speaker, speakerMention, start, end, paragraph, date, outlet,
                context, topic, stance, topicConfidence, stanceConfidence, origin);
    }
}
