package org.parley.classify;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parley.classify.LabeledData.Source;
import org.parley.pipeline.QuoteRecord;
import org.parley.pipeline.QuoteRecordJson;
import org.parley.quote.QuoteKind;

/**
 * Reads labeled quotes from JSON Lines ({@code .jsonl}, the records of ANNOTATION.md §5) or CSV with a
 * header ({@code .csv}; columns {@code text,topic,stance} required, {@code context, origin, article,
 * speaker, speakerMention, kind} optional, others ignored), so labels made in a spreadsheet train
 * the model as well. Every row is validated against the taxonomy; a bad row is reported as
 * {@code file:line: reason}. Thread-safe (stateless apart from the taxonomy, which is immutable).
 */
public final class LabelReader {

    private final Taxonomy taxonomy;
    private final boolean strict;

    /** @param strict fail on the first bad row instead of skipping and counting it */
    public LabelReader(Taxonomy taxonomy, boolean strict) {
        this.taxonomy = taxonomy;
        this.strict = strict;
    }

    /**
     * Reads all files, in the order given.
     *
     * @throws IllegalArgumentException {@code file:line: reason} for the first bad row in strict mode,
     *                                  or for a file that cannot be read as labels at all
     */
    public LabeledData read(List<Path> files) {
        List<QuoteRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            int before = records.size();
            if (name.endsWith(".csv")) {
                readCsv(f, text, records, problems);
            } else if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
                readJsonl(f, text, records, problems);
            } else {
                throw new IllegalArgumentException(f + ": unknown label format (expected .jsonl or .csv)");
            }
            sources.add(new Source(f.getFileName().toString(), ModelFile.sha256Hex(bytes), records.size() - before));
        }
        return new LabeledData(records, problems, sources);
    }

    private void readJsonl(Path f, String text, List<QuoteRecord> records, List<String> problems) {
        int lineNo = 0;
        for (String line : text.split("\r?\n", -1)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(validate(QuoteRecordJson.read(line)));
            } catch (IllegalArgumentException e) {
                problem(f + ":" + lineNo + ": " + e.getMessage(), problems);
            }
        }
    }

    private void readCsv(Path f, String text, List<QuoteRecord> records, List<String> problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (Reader r = new StringReader(text); CSVParser p = CSVParser.parse(r, format)) {
            for (String col : List.of("text", "topic", "stance")) {
                if (!p.getHeaderMap().containsKey(col)) {
                    throw new IllegalArgumentException(f + ":1: CSV header lacks the column '" + col
                            + "' (required: text,topic,stance)");
                }
            }
            Iterator<CSVRecord> it = p.iterator();
            long line = 1;
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problem(f + ":" + (line + 1) + ": malformed CSV: " + oneLine(e), problems);
                    return;
                }
                long recLine = line + 1;
                line = p.getCurrentLineNumber();
                try {
                    records.add(validate(fromCsv(rec)));
                } catch (IllegalArgumentException e) {
                    problem(f + ":" + recLine + ": " + e.getMessage(), problems);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(f + ": " + e.getMessage(), e);
        }
    }

    private static QuoteRecord fromCsv(CSVRecord rec) {
        if (!rec.isConsistent()) {
            throw new IllegalArgumentException("expected " + rec.getParser().getHeaderNames().size()
                    + " columns, found " + rec.size());
        }
        String text = col(rec, "text");
        if (text == null) {
            throw new IllegalArgumentException("missing 'text'");
        }
        String stance = col(rec, "stance");
        String kind = col(rec, "kind");
        return new QuoteRecord(col(rec, "article"), kind == null ? null : QuoteKind.parse(kind), text,
                col(rec, "speaker"), col(rec, "speakerMention"), null, null, null, null, null,
                col(rec, "context"), col(rec, "topic"), stance == null ? null : Stance.parse(stance), null, null,
                col(rec, "origin"));
    }

    private static String col(CSVRecord rec, String name) {
        if (!rec.isMapped(name) || !rec.isSet(name)) {
            return null;
        }
        String v = rec.get(name).strip();
        return v.isEmpty() ? null : v;
    }

    /** Checks the labels a training example needs; returns the record. */
    QuoteRecord validate(QuoteRecord r) {
        if (r.topic() == null) {
            throw new IllegalArgumentException("missing 'topic'");
        }
        if (!taxonomy.contains(r.topic())) {
            throw new IllegalArgumentException("unknown topic '" + r.topic() + "' (not in the taxonomy)");
        }
        if (r.stance() == null) {
            throw new IllegalArgumentException("missing 'stance'");
        }
        if (r.topic().equals(Taxonomy.OTHER) && r.stance() != Stance.NEUTRAL) {
            throw new IllegalArgumentException("topic 'other' takes stance neutral, got '" + r.stance().label() + "'");
        }
        return r;
    }

    private void problem(String message, List<String> problems) {
        if (strict) {
            throw new IllegalArgumentException(message);
        }
        problems.add(message);
    }

    private static String oneLine(Exception e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replace('\n', ' ').replace('\r', ' ');
    }
}
