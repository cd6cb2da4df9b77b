package org.parley.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.text.Warning;

class ArticleReaderTest {

    private static final String GOOD = "---\ntitle: Good\ndate: 2016-01-15\n---\nThe talks will resume in Geneva.\n";

    @TempDir
    Path dir;

    /** Everything one read gave. */
    private record Run(List<Article> articles, List<Warning> warnings, int read, int failed) {
        List<String> ids() {
            return articles.stream().map(Article::id).toList();
        }

        List<String> lines() {
            return warnings.stream().map(Warning::toString).toList();
        }
    }

    private static Run read(Path... inputs) {
        List<Article> articles = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        try (ArticleReader r = new ArticleReader(List.of(inputs), warnings::add)) {
            while (r.hasNext()) {
                articles.add(r.next());
            }
            return new Run(articles, warnings, r.articlesRead(), r.sourcesFailed());
        }
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    // --- bad input: one warning naming the file and the problem, the other file still read ------

    interface Maker {
        Path make(Path dir) throws IOException;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("empty file", "empty file", (Maker) d -> Files.write(d.resolve("empty.txt"), new byte[0])),
                Arguments.of("white space only", "empty file (only white space)",
                        (Maker) d -> Files.writeString(d.resolve("blank.md"), " \n\u00a0\n\t\n")),
                Arguments.of("binary with NUL bytes", "binary file",
                        (Maker) d -> Files.write(d.resolve("image.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'})),
                Arguments.of("mostly control characters", "binary file",
                        (Maker) d -> Files.write(d.resolve("ctl.txt"), new byte[]{1, 2, 3, 4, 5, 6, 'a', 'b', 7, 8})),
                Arguments.of("missing path", "no such file or directory", (Maker) d -> d.resolve("missing.txt")),
                Arguments.of("unreadable file (a symbolic link loop)", "cannot read file",
                        (Maker) d -> Files.createSymbolicLink(d.resolve("loop.txt"), d.resolve("loop.txt"))),
                Arguments.of("unsupported extension named explicitly", "not an article file",
                        (Maker) d -> Files.writeString(d.resolve("notes.pdf"), "text")),
                Arguments.of("directory with no article files", "directory holds no article files",
                        (Maker) d -> {
                            Path e = Files.createDirectories(d.resolve("nothing-here"));
                            Files.writeString(e.resolve("image.jpg"), "x");
                            return e;
                        }),
                Arguments.of("front matter and no text", "no article text",
                        (Maker) d -> Files.writeString(d.resolve("meta.txt"), "---\ntitle: T\ndate: 2016-01-15\n---\n\n")),
                Arguments.of("gzip archive that is not gzip", "cannot read archive",
                        (Maker) d -> Files.writeString(d.resolve("a.jsonl.gz"), "{\"text\": \"x\"}\n")),
                Arguments.of("empty archive", "empty archive", (Maker) d -> Files.write(d.resolve("none.ndjson"), new byte[0])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsOneWarningAndTheRunGoesOn(String name, String problem, Maker maker) throws IOException {
        Path bad = maker.make(dir);
        Path good = write("good/good.txt", GOOD);
        Run run = read(bad, good);
        assertEquals(List.of("good"), run.ids(), "the other file still comes through");
        assertEquals(1, run.read());
        assertEquals(1, run.failed());
        List<String> about = run.lines().stream().filter(w -> w.startsWith(bad.toString())).toList();
        assertEquals(1, about.size(), () -> "one warning naming " + bad + ": " + run.lines());
        assertTrue(about.get(0).contains(problem), about.get(0));
        assertFalse(about.get(0).contains("\n"));
        assertEquals(1, run.warnings().size(), () -> run.lines().toString());
    }

    @Test
    void anUnreadableFileIsAWarning() throws IOException {
        Path p = write("secret.txt", GOOD);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(p), "running as root: permissions are not enforced");
        Run run = read(p, write("good.txt", GOOD));
        assertEquals(List.of("good"), run.ids());
        assertEquals(List.of(p + ": cannot read file (permission denied); skipped"), run.lines());
    }

    @Test
    void invalidUtf8IsDecodedWithReplacementCharactersAndWarnedWithItsByteOffset() throws IOException {
        byte[] head = "Kerry said the talks had been \u201cuseful\u201d in Moscow.\nOn Monday ".getBytes(UTF_8);
        byte[] tail = "a Latin-1 \u00e9 byte slipped in: caf".getBytes(UTF_8);
        byte[] bytes = new byte[head.length + tail.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        bytes[head.length + tail.length] = (byte) 0xE9; // "é" in Latin-1: invalid as UTF-8 here
        bytes[head.length + tail.length + 1] = '.';
        Path p = write("latin.txt", bytes);
        Run run = read(p, write("good.txt", GOOD));
        assertEquals(List.of("latin", "good"), run.ids());
        Article a = run.articles().get(0);
        assertTrue(a.text().endsWith("caf\uFFFD."), a.text());
        assertTrue(a.text().startsWith("Kerry said the talks had been \u201cuseful\u201d in Moscow."));
        int offset = head.length + tail.length;
        assertTrue(run.lines().contains(p + ":offset " + offset + ": invalid UTF-8: 1 bad byte sequence(s), first at byte offset "
                + offset + "; decoded with U+FFFD replacement characters"), () -> run.lines().toString());
        assertEquals(0, run.failed());
    }

    @Test
    void aUtf8ByteOrderMarkIsDroppedSilently() throws IOException {
        byte[] body = GOOD.getBytes(UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Run run = read(write("bom.txt", bytes));
        assertEquals(List.of(), run.warnings());
        Article a = run.articles().get(0);
        assertEquals("Good", a.title(), "front matter found behind the BOM");
        assertEquals(new Span(0, 32), a.paragraphs().get(0).span());
        assertFalse(a.text().contains("\uFEFF"));
    }

    @Test
    void aFiveMegabyteFileWithoutLineBreaksIsOneParagraph() throws IOException {
        StringBuilder b = new StringBuilder(5_100_000);
        String sentence = "“We discussed today in great detail the need to accelerate the effort,” the envoy said. ";
        while (b.length() < 5_000_000) {
            b.append(sentence);
        }
        Path big = write("big.txt", b.toString());
        assertTrue(Files.size(big) > 5_000_000);
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(big, write("good.txt", GOOD)));
        assertEquals(List.of("big", "good"), run.ids());
        Article a = run.articles().get(0);
        assertEquals(1, a.paragraphs().size());
        Paragraph p = a.paragraphs().get(0);
        assertFalse(p.furniture());
        assertEquals(b.codePointCount(0, b.length()), p.span().end());
        assertEquals(List.of(big + ": no publication date; the article is kept undated"), run.lines());
    }

    // --- directories ----------------------------------------------------------------------------

    @Test
    void directoriesAreReadRecursivelyInSortedOrderSkippingOtherFilesSilently() throws IOException {
        write("b/z.txt", "Z.");
        write("b/a/y.md", "Y.");
        write("a.txt", "A.");
        write("c.markdown", "C.");
        write("B.txt", "Upper-case B sorts before a.");
        write("b/m.ndjson", "{\"text\": \"M.\", \"id\": \"m1\"}\n");
        write("b/photo.jpg", "not text");
        write("notes.docx", "not text");
        write(".hidden/readme.txt", "Hidden directory.");
        write("b/._z.txt", new byte[]{0, 5, 22, 7});
        Run run = read(dir);
        assertEquals(List.of("B", "a", "y", "m1", "z", "c"), run.ids());
        assertEquals(run.articles().size(), run.read());
        assertEquals(0, run.failed());
        assertTrue(run.lines().stream().noneMatch(w -> w.contains("photo.jpg") || w.contains("notes.docx")), () -> run.lines().toString());
    }

    @Test
    void aDirectoryWhoseFilesAllFailSaysSo() throws IOException {
        Path d = Files.createDirectories(dir.resolve("broken"));
        Files.write(d.resolve("a.txt"), new byte[0]);
        Files.write(d.resolve("b.txt"), new byte[]{0, 0, 0});
        Run run = read(d);
        assertEquals(List.of(), run.articles());
        assertEquals(2, run.failed());
        assertTrue(run.lines().contains(d + ": none of the directory's 2 article file(s) could be read"), () -> run.lines().toString());
    }

    // --- JSON Lines ----------------------------------------------------------------------------

    private static final String ARCHIVE = String.join("\n",
            "{\"title\": \"Talks resume\", \"maintext\": \"MOSCOW – Talks resumed.\\n\\n“We are ready,” he said.\","
                    + " \"date_publish\": \"2015-12-16 10:22:00\", \"source_domain\": \"example.org\","
                    + " \"url\": \"https://example.org/1\"}",
            "{\"headline\": \"Second\", \"body\": \"Body text.\", \"publishedAt\": \"2015-12-17T08:00:00Z\","
                    + " \"source\": {\"id\": null, \"name\": \"Example Wire\"}, \"id\": \"wire-2\"}",
            "{\"title\": \"broken\", \"text\": ",
            "",
            "[1, 2, 3]",
            "{\"title\": \"no text here\"}",
            "{\"content\": [\"First paragraph.\", \"Second paragraph.\"], \"pubDate\": \"Fri, 18 Dec 2015 09:00:00 GMT\","
                    + " \"site_name\": \"Example Daily\"}",
            "{\"text\": \"Undated.\", \"published\": \"not a date\", \"publisher\": \"Example Press\"}",
            "");

    @Test
    void jsonLinesWithScraperFieldNamesAndBadLines() throws IOException {
        Path p = write("scrape.jsonl", ARCHIVE.replace("\n", "\r\n"));
        Run run = read(p, write("good.txt", GOOD));
        assertEquals(List.of("scrape-1", "wire-2", "scrape-7", "scrape-8", "good"), run.ids());
        Article first = run.articles().get(0);
        assertEquals("Talks resume", first.title());
        assertEquals("example.org", first.outlet());
        assertEquals(LocalDate.of(2015, 12, 16), first.date());
        assertEquals("https://example.org/1", first.url());
        assertEquals(p + ":1", first.source());
        assertEquals(List.of("MOSCOW – Talks resumed.", "“We are ready,” he said."),
                first.paragraphs().stream().map(Paragraph::text).toList());
        Article second = run.articles().get(1);
        assertEquals("Second", second.title());
        assertEquals("Example Wire", second.outlet());
        assertEquals(LocalDate.of(2015, 12, 17), second.date());
        Article seventh = run.articles().get(2);
        assertEquals("Example Daily", seventh.outlet());
        assertEquals(LocalDate.of(2015, 12, 18), seventh.date());
        assertEquals(2, seventh.paragraphs().size());
        assertEquals("Example Press", run.articles().get(3).outlet());
        assertEquals(List.of(
                p + ":line 3: not valid JSON (Unexpected end-of-input within/between Object entries); line skipped",
                p + ":line 5: not a JSON object; line skipped",
                p + ":line 6: no article text (expected one of text, maintext, body, content); line skipped",
                p + ":8: unparsable date 'not a date'; the article is kept undated"), run.lines());
        assertEquals(5, run.read());
        assertEquals(3, run.failed());
    }

    @Test
    void gzippedArchivesAreReadToo() throws IOException {
        Path p = dir.resolve("scrape.ndjson.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(ARCHIVE.getBytes(UTF_8));
        }
        Run run = read(p);
        assertEquals(List.of("scrape", "wire", "scrape", "scrape"),
                run.ids().stream().map(id -> id.replaceAll("-\\d+$", "")).toList());
        assertEquals(4, run.lines().size());
    }

    @Test
    void anInvalidUtf8ByteInAJsonLineIsReplacedAndWarned() throws IOException {
        byte[] line = "{\"text\": \"caf\u00e9.\"}\n".getBytes(UTF_8);
        byte[] bad = "{\"text\": \"cafX.\"}\n".getBytes(UTF_8);
        bad[13] = (byte) 0xE9;
        byte[] all = new byte[line.length + bad.length];
        System.arraycopy(line, 0, all, 0, line.length);
        System.arraycopy(bad, 0, all, line.length, bad.length);
        Path p = write("mixed.jsonl", all);
        Run run = read(p);
        assertEquals(List.of("café.", "caf\uFFFD."), run.articles().stream().map(Article::text).toList());
        assertEquals(List.of(p + ":line 2: invalid UTF-8: 1 bad byte sequence(s), first at byte 13 of the line; replaced with U+FFFD"),
                run.lines().stream().filter(w -> w.contains("UTF-8")).toList());
    }

    /**
     * Streaming: the first article of an archive is handed out while the writer has not yet
     * written the second line (a named pipe), so the reader cannot be holding the whole archive.
     */
    @Test
    void archivesAreStreamedLineByLine() throws Exception {
        Path fifo = dir.resolve("live.jsonl");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo not available");
        CountDownLatch firstSeen = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("{\"text\": \"One.\"}\n".getBytes(UTF_8));
                out.flush();
                if (firstSeen.await(10, TimeUnit.SECONDS)) {
                    out.write("{\"text\": \"Two.\"}\n".getBytes(UTF_8));
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        List<String> texts = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (ArticleReader r = new ArticleReader(List.of(fifo), w -> { })) {
                texts.add(r.next().text());
                firstSeen.countDown();
                while (r.hasNext()) {
                    texts.add(r.next().text());
                }
            }
        });
        writer.join();
        assertEquals(List.of("One.", "Two."), texts);
    }

    @Test
    void readingIsLazyAndCloseEndsTheIteration() throws IOException {
        Path a = write("a.txt", "A.");
        Path missing = dir.resolve("missing.txt");
        List<Warning> warnings = new ArrayList<>();
        ArticleReader r = new ArticleReader(List.of(a, missing, write("c.txt", "C.")), warnings::add);
        assertEquals("a", r.next().id());
        assertTrue(warnings.stream().noneMatch(w -> w.source().equals(missing.toString())),
                "the missing path is only looked at when the iteration reaches it");
        r.close();
        assertFalse(r.hasNext());
        assertThrows(NoSuchElementException.class, r::next);
        r.close();
    }

    @Test
    void nothingReadableGivesZeroArticlesForTheCliToReport() {
        Run run = read(dir.resolve("nope"), dir.resolve("nope.jsonl"));
        assertEquals(0, run.read());
        assertEquals(2, run.failed());
        assertEquals(List.of(dir.resolve("nope") + ": no such file or directory",
                dir.resolve("nope.jsonl") + ": no such file or directory"), run.lines());
    }
}
