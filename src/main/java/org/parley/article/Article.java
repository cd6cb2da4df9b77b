package org.parley.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A news article as read from a file or a JSON Lines archive.
 *
 * <p>Immutable and safe to share across threads.
 *
 * @param id         the file name without its extension, or the JSONL record's {@code id}
 * @param title      title from front matter or JSONL, or null
 * @param outlet     outlet from front matter or JSONL, or null
 * @param date       publication date, or null when missing or unparsable
 * @param url        source URL, or null
 * @param text       the text after the front matter; every {@link Span} indexes into it
 * @param paragraphs the paragraphs of {@code text}, in order
 * @param source     where it came from, for messages: a path, or {@code path:line} inside a JSONL file
 */
public record Article(String id, String title, String outlet, LocalDate date, String url, String text,
                      List<Paragraph> paragraphs, String source) {

    public Article {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank article id");
        }
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        source = source == null ? id : source;
    }

    /** Converts a UTF-16 char range of {@link #text()} into a code-point {@link Span}. */
    public Span span(int charStart, int charEnd) {
        int s = text.codePointCount(0, charStart);
        return new Span(s, s + text.codePointCount(charStart, charEnd));
    }

    /** The text covered by a code-point {@link Span}. */
    public String slice(Span span) {
        int s = text.offsetByCodePoints(0, span.start());
        int e = text.offsetByCodePoints(s, span.length());
        return text.substring(s, e);
    }

    /** The UTF-16 char index of a code-point offset. */
    public int charIndex(int codePointOffset) {
        return text.offsetByCodePoints(0, codePointOffset);
    }
}
