package org.parley.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.parley.text.Warning;

/**
 * One article file at a time, for {@link SourceReader} (which walks the inputs) and
 * {@link JsonlArchive}: reading a text file with its checks, the article name a file gives, and
 * the one-line reason for an I/O failure. Thread-safe (stateless).
 */
final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * Reads one text article file: refuses (through {@code fail}, returning null) a file that is too
     * large, unreadable, empty, blank or binary; warns (through {@code warn}) about invalid UTF-8, which is
     * decoded with replacement characters.
     */
    static RawArticle read(Path path, Consumer<Warning> fail, Consumer<Warning> warn) {
        String src = path.toString();
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > SourceReader.MAX_FILE_BYTES) {
                fail.accept(new Warning(src, null, "file too large (" + size + " bytes, limit " + SourceReader.MAX_FILE_BYTES + "); skipped"));
                return null;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException | RuntimeException e) {
            fail.accept(new Warning(src, null, "cannot read file (" + reason(e) + "); skipped"));
            return null;
        }
        if (bytes.length == 0) {
            fail.accept(new Warning(src, null, "empty file; skipped"));
            return null;
        }
        if (TextBytes.looksBinary(bytes, 0, bytes.length)) {
            fail.accept(new Warning(src, null, "binary file (NUL bytes or control characters), not text; skipped"));
            return null;
        }
        TextBytes.Decoded d = TextBytes.decode(bytes, 0, bytes.length);
        if (!d.valid()) {
            warn.accept(new Warning(src, "offset " + d.firstBadAt(), "invalid UTF-8: " + d.badCount()
                    + " bad byte sequence(s), first at byte offset " + d.firstBadAt()
                    + "; decoded with U+FFFD replacement characters"));
        }
        if (Paragraphs.isBlank(d.text(), 0, d.text().length())) {
            fail.accept(new Warning(src, null, "empty file (only white space); skipped"));
            return null;
        }
        return RawArticle.ofFile(stem(path.getFileName().toString()), src, d.text());
    }

    /** The file name without its article extension ({@code a.jsonl.gz} → {@code a}). */
    static String stem(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String ext : new String[]{".jsonl.gz", ".ndjson.gz", ".markdown", ".ndjson", ".jsonl", ".txt", ".md"}) {
            if (lower.endsWith(ext) && fileName.length() > ext.length()) {
                return fileName.substring(0, fileName.length() - ext.length());
            }
        }
        return fileName;
    }

    /** A short reason for an I/O problem: "permission denied", the OS reason, or the message. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ').replace('\r', ' ');
    }
}
