package org.parley.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes quote records one at a time, as they stream out of the pipeline, in one of three formats.
 * Not thread-safe; the pipeline calls it from one thread, in article order.
 */
public abstract class RecordWriter implements AutoCloseable {

    /** The output formats of {@code parley extract}. */
    public enum Format {
        /** For people: speaker, kind and quote, wrapped for a terminal, grouped by article. */
        TABLE,
        /** One JSON object per line (ANNOTATION.md §5). */
        JSONL,
        /** RFC 4180 CSV with a header, for spreadsheets. */
        CSV;

        public static Format parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    protected final Writer out;

    protected RecordWriter(Writer out) {
        this.out = out;
    }

    public static RecordWriter create(Format format, Writer out, int width) {
        return switch (format) {
            case JSONL -> new Jsonl(out);
            case CSV -> new Csv(out);
            case TABLE -> new TableRecordWriter(out, width);
        };
    }

    public abstract void write(QuoteRecord r);

    /** Flushes; does not close the underlying writer (it may be the terminal). */
    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void emit(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Jsonl extends RecordWriter {
        Jsonl(Writer out) {
            super(out);
        }

        @Override
        public void write(QuoteRecord r) {
            emit(QuoteRecordJson.write(r));
            emit("\n");
        }
    }

    private static final class Csv extends RecordWriter {
        static final String[] HEADER = {"article", "paragraph", "start", "end", "kind", "speaker", "speakerMention",
            "text", "date", "outlet", "topic", "stance", "topicConfidence", "stanceConfidence"};
        private final CSVPrinter printer;

        Csv(Writer out) {
            super(out);
            try {
                printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(QuoteRecord r) {
            try {
                printer.printRecord(r.article(), r.paragraph(), r.start(), r.end(),
                        r.kind() == null ? null : r.kind().label(), r.speaker(), r.speakerMention(), r.text(),
                        r.date(), r.outlet(), r.topic(), r.stance() == null ? null : r.stance().label(),
                        r.topicConfidence(), r.stanceConfidence());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
