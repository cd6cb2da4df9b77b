package org.parley.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.parley.classify.Topic;

/** The JSON report's header fields: period, corpus, model, counts, selection. Not thread-safe. */
final class JsonHeader {

    private final ReportContent c;
    private final JsonGenerator g;

    JsonHeader(ReportContent content, JsonGenerator g) {
        this.c = content;
        this.g = g;
    }

    void write() throws IOException {
        if (c.stamp() != null) {
            g.writeStringField("generated", c.stamp());
        }
        ReportContent.Counts n = c.counts();
        ReportOptions o = c.options();
        g.writeObjectFieldStart("period");
        JsonReportWriter.date(g, "first", n.first());
        JsonReportWriter.date(g, "last", n.last());
        JsonReportWriter.date(g, "from", o.from());
        JsonReportWriter.date(g, "to", o.to());
        g.writeNumberField("undatedQuotes", n.undated());
        g.writeEndObject();

        CorpusSummary corpus = c.corpus();
        g.writeObjectFieldStart("corpus");
        g.writeNumberField("articlesRead", corpus.articlesRead());
        g.writeNumberField("articlesWithoutDate", corpus.articlesWithoutDate());
        JsonReportWriter.strings(g, "outlets", corpus.outlets());
        g.writeNumberField("quotesFound", corpus.quotesFound());
        g.writeNumberField("quotesAttributed", corpus.quotesAttributed());
        g.writeEndObject();

        ModelSummary m = c.model();
        g.writeObjectFieldStart("model");
        g.writeStringField("learner", m.learner());
        g.writeStringField("trainingSha256", m.trainingSha256());
        g.writeObjectFieldStart("scores");
        for (var e : m.scores().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("uncertainBelow", m.uncertainBelow());
        g.writeEndObject();

        g.writeObjectFieldStart("counts");
        g.writeNumberField("seen", n.seen());
        g.writeNumberField("included", n.included());
        g.writeNumberField("articles", n.articles());
        g.writeNumberField("uncertain", n.uncertain());
        g.writeNumberField("unattributed", n.unattributed());
        g.writeNumberField("otherTopic", n.otherTopic());
        g.writeNumberField("unclassified", n.unclassified());
        g.writeNumberField("unknownTopic", n.unknownTopic());
        g.writeNumberField("outsidePeriod", n.outsidePeriod());
        g.writeNumberField("belowMinConfidence", n.belowMinConfidence());
        g.writeEndObject();

        g.writeNumberField("minConfidence", o.minConfidence());
        g.writeBooleanField("defaultSpeakers", c.defaultSpeakers());
        JsonReportWriter.strings(g, "speakers", c.speakers());
        g.writeArrayFieldStart("topics");
        for (Topic t : c.topics()) {
            g.writeStartObject();
            g.writeStringField("id", t.id());
            g.writeStringField("name", t.name());
            g.writeStringField("proposition", t.proposition());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
