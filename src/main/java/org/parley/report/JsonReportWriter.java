package org.parley.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.parley.classify.Stance;
import org.parley.classify.Topic;
import org.parley.pipeline.QuoteRecord;

/**
 * Renders a {@link ReportContent} as one JSON document: the same matrix, pairs, shifts and quotes as the
 * markdown, streamed through a Jackson generator (the evidence is never held as a tree). Field order is
 * fixed, indentation is two spaces with {@code \n}. One instance per report; not thread-safe.
 */
final class JsonReportWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final ReportContent c;
    private final Writer out;

    JsonReportWriter(ReportContent content, Writer out) {
        this.c = content;
        this.out = out;
    }

    void write() throws IOException {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indent).withArrayIndenter(indent));
        g.writeStartObject();
        new JsonHeader(c, g).write();
        g.writeStringField("nothingToReport", c.nothingToReport());
        matrix(g);
        pairs(g);
        shifts(g);
        quotes(g);
        whoElse(g);
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private void matrix(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("matrix");
        for (Topic t : c.topics()) {
            g.writeStartObject();
            g.writeStringField("topic", t.id());
            g.writeArrayFieldStart("cells");
            for (String s : c.speakers()) {
                g.writeStartObject();
                g.writeStringField("speaker", s);
                cell(g, c.matrix().cell(t.id(), s));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void cell(JsonGenerator g, Cell cell) throws IOException {
        Stance d = cell.dominant();
        g.writeStringField("position", cell.isEmpty() ? null : d == null ? "mixed" : d.label());
        g.writeBooleanField("mixed", cell.mixed());
        g.writeBooleanField("uncertainOnly", cell.uncertainOnly());
        g.writeNumberField("quotes", cell.total());
        counts(g, "confident", cell.confident());
        counts(g, "uncertain", cell.uncertain());
    }

    private static void counts(JsonGenerator g, String name, StanceCounts s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("support", s.support());
        g.writeNumberField("oppose", s.oppose());
        g.writeNumberField("neutral", s.neutral());
        g.writeEndObject();
    }

    private void pairs(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("pairs");
        for (Pair p : c.pairs()) {
            g.writeStartObject();
            g.writeStringField("first", p.first());
            g.writeStringField("second", p.second());
            for (Relation r : Relation.values()) {
                g.writeNumberField(r.name().toLowerCase(java.util.Locale.ROOT), p.count(r));
            }
            g.writeArrayFieldStart("topics");
            for (Pair.Comparison k : p.shared()) {
                g.writeStartObject();
                g.writeStringField("topic", k.topic());
                g.writeStringField("relation", k.relation().name().toLowerCase(java.util.Locale.ROOT));
                g.writeObjectFieldStart("first");
                cell(g, k.first());
                g.writeEndObject();
                g.writeObjectFieldStart("second");
                cell(g, k.second());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "onlyFirst", p.onlyFirst());
            strings(g, "onlySecond", p.onlySecond());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void shifts(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("shifts");
        for (Shift s : c.shifts()) {
            g.writeStartObject();
            g.writeStringField("speaker", s.speaker());
            g.writeStringField("topic", s.topic());
            g.writeStringField("from", s.from().label());
            g.writeStringField("to", s.to().label());
            g.writeStringField("since", s.since().toString());
            g.writeStringField("until", s.until().toString());
            g.writeNumberField("quotes", s.quotes());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void quotes(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("quotes");
        if (c.nothingToReport() == null) {
            Set<String> selected = Set.copyOf(c.speakers());
            for (Topic t : c.topics()) {
                List<QuoteRecord> quotes = c.store().select(t.id(),
                        q -> q.speaker() != null && selected.contains(q.speaker()));
                for (String s : c.speakers()) {
                    List<QuoteRecord> mine = quotes.stream().filter(q -> q.speaker().equals(s)).toList();
                    if (mine.isEmpty()) {
                        continue;
                    }
                    g.writeStartObject();
                    g.writeStringField("topic", t.id());
                    g.writeStringField("speaker", s);
                    g.writeArrayFieldStart("quotes");
                    for (QuoteRecord q : mine) {
                        quote(g, q);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
            }
        }
        g.writeEndArray();
    }

    private void whoElse(JsonGenerator g) throws IOException {
        names(g, "otherSpeakers", c.otherSpeakers());
        g.writeObjectFieldStart("otherTopicQuotes");
        for (String s : c.speakers()) {
            if (c.otherTopic().containsKey(s)) {
                g.writeNumberField(s, c.otherTopic().get(s));
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("unattributed");
        names(g, "mentions", c.mentions());
        g.writeArrayFieldStart("quotes");
        for (Topic t : c.topics()) {
            List<QuoteRecord> quotes = c.store().select(t.id(), q -> q.speaker() == null);
            if (quotes.isEmpty()) {
                continue;
            }
            int shown = Math.min(quotes.size(), ReportContent.UNATTRIBUTED_PER_TOPIC);
            g.writeStartObject();
            g.writeStringField("topic", t.id());
            g.writeNumberField("total", quotes.size());
            g.writeArrayFieldStart("quotes");
            for (QuoteRecord q : quotes.subList(0, shown)) {
                quote(g, q);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void quote(JsonGenerator g, QuoteRecord q) throws IOException {
        g.writeStartObject();
        g.writeStringField("article", q.article());
        g.writeStringField("date", q.date() == null ? null : q.date().toString());
        g.writeStringField("outlet", q.outlet());
        g.writeStringField("kind", q.kind() == null ? null : q.kind().label());
        g.writeStringField("speaker", q.speaker());
        g.writeStringField("speakerMention", q.speakerMention());
        g.writeStringField("text", q.text());
        g.writeStringField("stance", q.stance().label());
        Double conf = Quotes.confidence(q);
        if (conf == null) {
            g.writeNullField("confidence");
        } else {
            g.writeNumberField("confidence", Math.round(conf * 10000.0) / 10000.0);
        }
        g.writeBooleanField("uncertain", Quotes.below(q, c.model().uncertainBelow()));
        if (q.start() != null) {
            g.writeNumberField("start", q.start());
            g.writeNumberField("end", q.end());
        }
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static void names(JsonGenerator g, String field, List<NameCount> names) throws IOException {
        g.writeArrayFieldStart(field);
        for (NameCount n : names) {
            g.writeStartObject();
            g.writeStringField("name", n.name());
            g.writeNumberField("quotes", n.quotes());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void date(JsonGenerator g, String field, LocalDate d) throws IOException {
        g.writeStringField(field, d == null ? null : d.toString());
    }
}
