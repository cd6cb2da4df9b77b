package org.parley.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.parley.text.Warning;

/**
 * One JSON Lines archive ({@code .jsonl}, {@code .ndjson}, optionally gzipped), read one line at a
 * time so memory stays bounded by the longest line (at most {@link #MAX_LINE_BYTES}), however large
 * the archive.
 *
 * <p>Field names are those news scrapers write (news-please, newspaper3k, NewsAPI, RSS dumps); the
 * first present, non-blank one of each list wins:
 * <ul>
 * <li>text: {@code text}, {@code maintext}, {@code body}, {@code content} (an array of strings is
 *     joined with line breaks: one paragraph per element)</li>
 * <li>title: {@code title}, {@code headline}</li>
 * <li>date: {@code date}, {@code date_publish}, {@code published}, {@code publishedAt},
 *     {@code pubDate}</li>
 * <li>outlet: {@code outlet}, {@code source_domain}, {@code source}, {@code site_name},
 *     {@code publisher} (an object's {@code name} or {@code title}, as NewsAPI writes
 *     {@code "source": {"name": …}})</li>
 * <li>url: {@code url}; id: {@code id}, else {@code <file stem>-<line number>}.</li>
 * </ul>
 * A line that is blank is skipped silently; one that is not a JSON object, or has no text, is a
 * warning naming {@code file:line}, and reading goes on with the next line. A broken gzip stream or
 * an I/O error ends the archive with a warning at the line reached.
 *
 * <p>Not thread-safe: one reader, one thread.
 */
final class JsonlArchive implements Closeable {

    /** Lines longer than this are skipped (with a warning) rather than held in memory. */
    static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    static final List<String> TEXT = List.of("text", "maintext", "body", "content");
    static final List<String> TITLE = List.of("title", "headline");
    static final List<String> DATE = List.of("date", "date_publish", "published", "publishedAt", "pubDate");
    static final List<String> OUTLET = List.of("outlet", "source_domain", "source", "site_name", "publisher");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final String source;
    private final String stem;
    private final InputStream in;
    private final Consumer<Warning> warnings;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long line;
    private boolean done;
    private int good;
    private int bad;

    private JsonlArchive(Path path, String stem, InputStream in, Consumer<Warning> warnings) {
        this.path = path;
        this.source = path.toString();
        this.stem = stem;
        this.in = in;
        this.warnings = warnings;
    }

    /** Opens {@code path}; throws when it cannot be opened (the caller warns and moves on). */
    static JsonlArchive open(Path path, String stem, Consumer<Warning> warnings) throws IOException {
        InputStream raw = Files.newInputStream(path);
        try {
            InputStream s = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                    ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new JsonlArchive(path, stem, s, warnings);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** Records read and lines refused so far. */
    int good() {
        return good;
    }

    int bad() {
        return bad;
    }

    /** The next article of the archive, or null at its end. Never throws. */
    RawArticle next() {
        while (!done) {
            byte[] bytes;
            try {
                bytes = readLine();
            } catch (IOException e) {
                warnings.accept(new Warning(source, "line " + (line + 1),
                        "cannot read further (" + ArticleFiles.reason(e) + "); rest of the archive skipped"));
                done = true;
                bad++;
                return null;
            }
            if (bytes == null) {
                done = true;
                return null;
            }
            line++;
            if (bytes.length == 0) {
                continue;
            }
            RawArticle a = record(bytes);
            if (a != null) {
                good++;
                return a;
            }
        }
        return null;
    }

    private RawArticle record(byte[] bytes) {
        String at = "line " + line;
        if (TextBytes.looksBinary(bytes, 0, bytes.length)) {
            return refuse(at, "binary data (NUL bytes or control characters), not a JSON object; line skipped");
        }
        TextBytes.Decoded d = TextBytes.decode(bytes, 0, bytes.length);
        if (!d.valid()) {
            warnings.accept(new Warning(source, at, "invalid UTF-8: " + d.badCount()
                    + " bad byte sequence(s), first at byte " + d.firstBadAt()
                    + " of the line; replaced with U+FFFD"));
        }
        if (Paragraphs.isBlank(d.text(), 0, d.text().length())) {
            return null;
        }
        JsonNode n;
        try {
            n = JSON.readTree(d.text());
        } catch (JsonProcessingException e) {
            return refuse(at, "not valid JSON (" + oneLine(e.getOriginalMessage()) + "); line skipped");
        }
        if (n == null || !n.isObject()) {
            return refuse(at, "not a JSON object; line skipped");
        }
        String text = text(n);
        if (text == null) {
            return refuse(at, "no article text (expected one of " + String.join(", ", TEXT) + "); line skipped");
        }
        String id = string(n.get("id"));
        if (id == null) {
            id = stem + "-" + line;
        }
        return new RawArticle(id, source + ":" + line, text, false, first(n, TITLE), first(n, OUTLET),
                first(n, DATE), string(n.get("url")));
    }

    private RawArticle refuse(String at, String message) {
        bad++;
        warnings.accept(new Warning(source, at, message));
        return null;
    }

    private static String text(JsonNode n) {
        for (String f : TEXT) {
            JsonNode v = n.get(f);
            if (v != null && v.isArray()) {
                StringBuilder b = new StringBuilder();
                for (JsonNode e : v) {
                    if (e.isValueNode() && !e.isNull()) {
                        if (b.length() > 0) {
                            b.append('\n');
                        }
                        b.append(e.asText());
                    }
                }
                if (!Paragraphs.isBlank(b, 0, b.length())) {
                    return b.toString();
                }
            }
            String s = string(v);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static String first(JsonNode n, List<String> fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v != null && v.isObject()) {
                v = v.has("name") ? v.get("name") : v.get("title");
            }
            String s = string(v);
            if (s != null) {
                return s.strip();
            }
        }
        return null;
    }

    /** A scalar's text, or null for a missing, null, structured or blank value. */
    private static String string(JsonNode v) {
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = v.asText();
        return Paragraphs.isBlank(s, 0, s.length()) ? null : s;
    }

    /**
     * The next line's bytes without its terminator ({@code \n}, {@code \r\n}), or null at the end.
     * A line over {@link #MAX_LINE_BYTES} is consumed, warned about and returned as empty. Scans a
     * private buffer rather than reading byte by byte through a synchronized stream.
     */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream spill = null;
        boolean tooLong = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (spill == null) {
                        return null;
                    }
                    break;
                }
            }
            int nl = -1;
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? limit : nl;
            if (spill == null && nl >= 0) {
                byte[] line = java.util.Arrays.copyOfRange(buf, pos, end);
                pos = nl + 1;
                return trimCr(line);
            }
            if (spill == null) {
                spill = new ByteArrayOutputStream(Math.max(256, 2 * (end - pos)));
            }
            int room = MAX_LINE_BYTES - spill.size();
            if (end - pos > room) {
                tooLong = true;
            }
            spill.write(buf, pos, Math.max(0, Math.min(end - pos, room)));
            pos = nl < 0 ? limit : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        if (tooLong) {
            bad++;
            warnings.accept(new Warning(source, "line " + (line + 1),
                    "line longer than " + MAX_LINE_BYTES + " bytes; skipped"));
            return new byte[0];
        }
        return trimCr(spill.toByteArray());
    }

    private static byte[] trimCr(byte[] b) {
        return b.length > 0 && b[b.length - 1] == '\r' ? java.util.Arrays.copyOf(b, b.length - 1) : b;
    }

    private static String oneLine(String m) {
        if (m == null) {
            return "unknown problem";
        }
        int i = FrontMatter.lineEnd(m, 0);
        return m.substring(0, i).strip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
