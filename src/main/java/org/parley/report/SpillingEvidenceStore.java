package org.parley.report;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.parley.pipeline.QuoteRecord;
import org.parley.pipeline.QuoteRecordJson;

/**
 * Keeps the evidence on disk: one JSON Lines file per topic in a temporary directory (the §5 record
 * format, without the context sentence), so the heap holds only the topic being listed. With a million
 * quotes over nine topics a topic is about a tenth of the corpus, which keeps the report within
 * {@code -Xmx512m}; a topic larger than the heap would need an external sort, which this does not do.
 *
 * <p>Not thread-safe (see {@link EvidenceStore}). {@link #close()} deletes the directory.
 */
public final class SpillingEvidenceStore implements EvidenceStore {

    private final Path dir;
    private final Map<String, BufferedWriter> writers = new TreeMap<>();
    private final Map<String, Path> files = new TreeMap<>();
    private boolean closed;

    /** Creates the store's directory under {@code parent} (the system temporary directory when null). */
    public SpillingEvidenceStore(Path parent) {
        try {
            dir = parent == null ? Files.createTempDirectory("parley-report-")
                    : Files.createTempDirectory(parent, "parley-report-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the report: " + e.getMessage(), e);
        }
    }

    /** The directory the store spills to (for tests and diagnostics). */
    public Path directory() {
        return dir;
    }

    @Override
    public void add(QuoteRecord quote) {
        try {
            BufferedWriter w = writers.get(quote.topic());
            if (w == null) {
                Path f = dir.resolve("topic-" + files.size() + ".jsonl");
                w = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
                writers.put(quote.topic(), w);
                files.put(quote.topic(), f);
            }
            w.write(QuoteRecordJson.write(Quotes.slim(quote)));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report evidence to " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<QuoteRecord> select(String topic, Predicate<QuoteRecord> keep) {
        Path f = files.get(topic);
        List<QuoteRecord> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        try {
            writers.get(topic).flush();
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    QuoteRecord q = QuoteRecordJson.read(line);
                    if (keep.test(q)) {
                        out.add(q);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report evidence " + f + ": " + e.getMessage(), e);
        }
        out.sort(Quotes.NEWEST_FIRST);
        return out;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (BufferedWriter w : writers.values()) {
            try {
                w.close();
            } catch (IOException ignored) {
                // the files are deleted next; nothing more to save
            }
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary directory is not worth failing a finished report
        }
    }
}
