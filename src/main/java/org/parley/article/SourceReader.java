package org.parley.article;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import org.parley.text.Warning;

/**
 * Reads article files, directories and JSON Lines archives into {@link RawArticle}s, lazily: a
 * directory is listed when the iteration reaches it, a file is read when its turn comes, and a JSONL
 * archive one line at a time, so memory does not grow with the input. Parsing is left to
 * {@link ArticleParser} (pure, parallelisable); {@link ArticleReader} does both in one iterator.
 *
 * <p>Inputs are taken in the order given. Directories are walked recursively, entries sorted by name
 * (plain {@link String} order, independent of the platform), each subdirectory's files at its
 * name's place, so runs are deterministic. Symbolic links to directories are not followed (no
 * cycles); links to files are read like files.
 *
 * <p>Accepted: {@code .txt}, {@code .md}, {@code .markdown} (one article per file, optional front
 * matter) and {@code .jsonl}, {@code .ndjson}, {@code .jsonl.gz}, {@code .ndjson.gz} (one article per
 * line; see {@link JsonlArchive}). Extensions are matched case-insensitively. Inside a directory
 * other files are skipped silently, and so are hidden entries (name starting with a dot: {@code .git},
 * macOS {@code ._x.txt} resource forks, editor backups); a file named explicitly with another extension is a warning and
 * skipped (reading, say, a PDF as text would only produce noise).
 *
 * <p>Bad input never throws out of the iterator: each problem is one {@link Warning} naming the file
 * (and line or byte offset) and the iteration continues with the next source — missing path, empty
 * file, binary file, a file larger than {@link #MAX_FILE_BYTES}, unreadable file, directory with no
 * article files, bad JSONL line. Invalid UTF-8 is decoded with replacement characters and warned
 * about (see {@link TextBytes} for why). A UTF-8 BOM is dropped silently.
 *
 * <p><b>Not thread-safe</b>: one iterator, used from one thread; {@link #close()} releases an open
 * archive (also safe to call twice).
 */
public final class SourceReader implements Iterator<RawArticle>, AutoCloseable {

    /** Single article files larger than this are refused (a text article is a few kB; this is a guard). */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    static final String EXPECTED = ".txt, .md, .markdown, .jsonl, .ndjson, .jsonl.gz or .ndjson.gz";

    private enum Kind { TEXT, JSONL }

    /** Counts what one explicitly named directory gave, to warn when it gave nothing. */
    private static final class Tally {
        final String dir;
        int files;
        int produced;

        Tally(String dir) {
            this.dir = dir;
        }
    }

    /** A queued piece of work: a path to read or list, or the end of a named directory. */
    private record Pending(Path path, boolean explicit, Tally tally, boolean endOf) {
    }

    private final Deque<Pending> queue = new ArrayDeque<>();
    private final Consumer<Warning> warnings;
    private JsonlArchive archive;
    private Tally archiveTally;
    private RawArticle next;
    private int sourcesFailed;
    private int produced;
    private boolean closed;

    /**
     * @param inputs   files and directories, in the order to read them
     * @param warnings receives every problem, on the iterating thread
     */
    public SourceReader(List<Path> inputs, Consumer<Warning> warnings) {
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        for (Path p : inputs) {
            queue.add(new Pending(p, true, null, false));
        }
    }

    /** Raw articles handed out so far. */
    public int articlesRead() {
        return produced;
    }

    /**
     * Sources that gave nothing because of a problem: missing paths, unreadable, empty, binary or
     * unsupported files, directories without article files, and refused JSONL lines.
     */
    public int sourcesFailed() {
        return sourcesFailed;
    }

    /** Records a failure found by a consumer of the raw articles (e.g. an article with no text). */
    void fail(Warning w) {
        sourcesFailed++;
        warnings.accept(w);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !closed) {
            try {
                if (!advance()) {
                    return false;
                }
            } catch (RuntimeException e) {
                fail(new Warning(currentSource(), null, "unexpected error: " + e));
                closeArchive();
            }
        }
        return next != null;
    }

    @Override
    public RawArticle next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawArticle a = next;
        next = null;
        produced++;
        return a;
    }

    /** One step of work; false when there is nothing left at all. */
    private boolean advance() {
        if (archive != null) {
            RawArticle a = archive.next();
            if (a != null) {
                credit(archiveTally);
                next = a;
                return true;
            }
            sourcesFailed += archive.bad();
            if (archive.good() == 0 && archive.bad() == 0) {
                fail(new Warning(archive.path().toString(), null, "empty archive: no JSON lines"));
            }
            closeArchive();
            return true;
        }
        Pending p = queue.poll();
        if (p == null) {
            return false;
        }
        if (p.endOf()) {
            endDirectory(p.tally());
            return true;
        }
        Path path = p.path();
        if (p.explicit() && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            fail(new Warning(path.toString(), null, "no such file or directory"));
        } else if (Files.isDirectory(path, p.explicit() ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS})) {
            Tally t = p.tally() != null ? p.tally() : new Tally(path.toString());
            listDirectory(path, t, p.tally() == null);
        } else {
            Kind k = kind(path);
            if (k == null) {
                if (p.explicit()) {
                    fail(new Warning(path.toString(), null, "not an article file (expected " + EXPECTED + "); skipped"));
                }
            } else {
                if (p.tally() != null) {
                    p.tally().files++;
                }
                if (k == Kind.TEXT) {
                    RawArticle a = readText(path);
                    if (a != null) {
                        credit(p.tally());
                        next = a;
                    }
                } else {
                    openArchive(path, p.tally());
                }
            }
        }
        return true;
    }

    private void credit(Tally t) {
        if (t != null) {
            t.produced++;
        }
    }

    private void listDirectory(Path dir, Tally tally, boolean root) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path e : ds) {
                entries.add(e);
            }
        } catch (IOException | RuntimeException e) {
            fail(new Warning(dir.toString(), null, "cannot list directory (" + ArticleFiles.reason(e) + ")"));
            if (root) {
                return;
            }
        }
        entries.removeIf(e -> e.getFileName().toString().startsWith("."));
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        if (root) {
            queue.addFirst(new Pending(dir, false, tally, true));
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            queue.addFirst(new Pending(entries.get(i), false, tally, false));
        }
    }

    private void endDirectory(Tally t) {
        if (t.files == 0) {
            fail(new Warning(t.dir, null, "directory holds no article files (" + EXPECTED + ")"));
        } else if (t.produced == 0) {
            warnings.accept(new Warning(t.dir, null,
                    "none of the directory's " + t.files + " article file(s) could be read"));
        }
    }

    private RawArticle readText(Path path) {
        return ArticleFiles.read(path, this::fail, warnings);
    }

    private void openArchive(Path path, Tally tally) {
        try {
            archive = JsonlArchive.open(path, ArticleFiles.stem(path.getFileName().toString()), warnings);
            archiveTally = tally;
        } catch (IOException | RuntimeException e) {
            fail(new Warning(path.toString(), null, "cannot read archive (" + ArticleFiles.reason(e) + "); skipped"));
        }
    }

    private String currentSource() {
        return archive != null ? archive.path().toString() : "input";
    }

    private void closeArchive() {
        if (archive != null) {
            try {
                archive.close();
            } catch (IOException e) {
                warnings.accept(new Warning(archive.path().toString(), null, "cannot close (" + ArticleFiles.reason(e) + ")"));
            }
            archive = null;
            archiveTally = null;
        }
    }

    @Override
    public void close() {
        closeArchive();
        queue.clear();
        next = null;
        closed = true;
    }

    private static Kind kind(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return null;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown")) {
            return Kind.TEXT;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson.gz")) {
            return Kind.JSONL;
        }
        return null;
    }
}
