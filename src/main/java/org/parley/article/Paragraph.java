package org.parley.article;

import java.util.Objects;

/**
 * One paragraph of an article: a non-blank line of the text after front matter (news scrapers and
 * wire feeds put one paragraph per line; blank lines between them are allowed and ignored).
 *
 * @param index     0-based position among all paragraphs of the article, furniture included, so the
 *                  number matches what a reader counts in the file
 * @param span      where the paragraph's text lies in {@link Article#text()} (see {@link Span})
 * @param text      the paragraph's text, without its line break
 * @param furniture true when the paragraph is site furniture (captions, "LATEST", app promotions,
 *                  headlines, comment prompts): it yields no quotes
 */
public record Paragraph(int index, Span span, String text, boolean furniture) {

    public Paragraph {
        if (index < 0) {
            throw new IllegalArgumentException("negative paragraph index " + index);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
