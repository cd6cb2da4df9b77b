package org.parley.article;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import org.parley.text.Warning;

/**
 * The articles in some files, directories and JSON Lines archives, as a lazy stream: a
 * {@link SourceReader} for the reading and {@link ArticleParser} for the parsing, one article at a
 * time. See {@link SourceReader} for what is accepted and how bad input is reported.
 *
 * <p>An article without any paragraph (front matter and nothing else, or a JSONL record whose text
 * is blank) is skipped with a warning and counted as a failed source: it can yield nothing.
 *
 * <p>Typical use; the CLI exits with 1 when {@code articlesRead() == 0}:
 * <pre>{@code
 * try (ArticleReader r = new ArticleReader(paths, w -> err.println(w))) {
 *     while (r.hasNext()) { process(r.next()); }
 *     if (r.articlesRead() == 0) return 1;
 * }
 * }</pre>
 *
 * <p><b>Not thread-safe</b>: use one iterator from one thread. To parse on all cores, iterate a
 * {@link SourceReader} on one thread and hand each {@link RawArticle} to
 * {@link ArticleParser#parse(RawArticle)} (a pure function) on a pool.
 */
public final class ArticleReader implements Iterator<Article>, AutoCloseable {

    private final SourceReader sources;
    private final Consumer<Warning> warnings;
    private Article next;
    private int read;

    /**
     * @param inputs   files and directories, in the order to read them
     * @param warnings receives every problem, one line each, on the iterating thread
     */
    public ArticleReader(List<Path> inputs, Consumer<Warning> warnings) {
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.sources = new SourceReader(inputs, warnings);
    }

    /** Articles handed out by {@link #next()} so far. */
    public int articlesRead() {
        return read;
    }

    /** Sources (files, directories, JSONL lines, empty articles) that gave nothing because of a problem. */
    public int sourcesFailed() {
        return sources.sourcesFailed();
    }

    @Override
    public boolean hasNext() {
        while (next == null && sources.hasNext()) {
            RawArticle raw = sources.next();
            ArticleParser.Parsed p = ArticleParser.parse(raw);
            p.warnings().forEach(warnings);
            if (p.article().paragraphs().isEmpty()) {
                sources.fail(new Warning(raw.source(), null, "no article text; skipped"));
            } else {
                next = p.article();
            }
        }
        return next != null;
    }

    @Override
    public Article next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Article a = next;
        next = null;
        read++;
        return a;
    }

    /** Releases an open archive; the iterator is then empty. Idempotent. */
    @Override
    public void close() {
        sources.close();
        next = null;
    }
}
