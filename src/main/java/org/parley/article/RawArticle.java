package org.parley.article;

import java.util.Objects;

/**
 * An article as read from its source, before parsing: what {@link SourceReader} yields and
 * {@link ArticleParser#parse(RawArticle)} turns into an {@link Article}. Splitting reading (serial,
 * I/O) from parsing (pure, CPU) lets a caller parse on all cores.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          article id: the file name without its extension, or the JSONL {@code id}
 *                    (else {@code <file stem>-<line>})
 * @param source      for messages: the path, or {@code path:line} inside a JSONL archive
 * @param content     the decoded content: a whole file (front matter included) or a JSONL text field
 * @param frontMatter true when {@code content} may start with YAML front matter (files); false for
 *                    JSONL records, whose metadata are the fields below
 * @param title       JSONL title, or null
 * @param outlet      JSONL outlet, or null
 * @param date        JSONL date as written, or null
 * @param url         JSONL url, or null
 */
public record RawArticle(String id, String source, String content, boolean frontMatter, String title,
                         String outlet, String date, String url) {

    public RawArticle {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank article id");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
    }

    /** A file's content, metadata to come from its front matter. */
    public static RawArticle ofFile(String id, String source, String content) {
        return new RawArticle(id, source, content, true, null, null, null, null);
    }
}
