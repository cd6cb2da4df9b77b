package org.parley.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.parley.classify.Topic;
import org.parley.pipeline.QuoteRecord;

/**
 * The unattributed quotes in markdown: how the articles described the sources, then per topic the
 * newest {@value ReportContent#UNATTRIBUTED_PER_TOPIC} quotes (a full listing would dwarf the report on a
 * large corpus; the remainder is counted). Not thread-safe.
 */
final class UnattributedSection {

    private final ReportContent c;
    private final MarkdownOut md;

    UnattributedSection(ReportContent content, Writer out) {
        this.c = content;
        this.md = new MarkdownOut(out);
    }

    void write() throws IOException {
        md.line("### Unattributed quotes");
        md.line("");
        if (c.mentions().isEmpty()) {
            md.line("Every quote in this report has a named speaker.");
            md.line("");
            return;
        }
        md.line("How the articles described the sources they did not name:");
        md.line("");
        md.head(List.of("Source as described", "Quotes"));
        for (NameCount n : c.mentions()) {
            md.row(List.of(MarkdownText.escape(n.name()), Long.toString(n.quotes())));
        }
        md.line("");
        for (Topic t : c.topics()) {
            List<QuoteRecord> quotes = c.store().select(t.id(), q -> q.speaker() == null);
            if (quotes.isEmpty()) {
                continue;
            }
            md.line("#### " + MarkdownText.escape(t.name()) + " (" + quotes.size() + " unattributed)");
            md.line("");
            md.head(List.of("Date", "Source as described", "Stance", "Quote", "Kind", "Outlet", "Article",
                    "Confidence"));
            int shown = Math.min(quotes.size(), ReportContent.UNATTRIBUTED_PER_TOPIC);
            for (QuoteRecord q : quotes.subList(0, shown)) {
                md.row(List.of(MarkdownReportWriter.date(q), MarkdownText.escape(Aggregator.mention(q)),
                        Symbols.labelled(q.stance()), MarkdownText.escape(q.text()), MarkdownReportWriter.kind(q),
                        MarkdownText.escape(q.outlet()), MarkdownText.escape(q.article()),
                        Symbols.confidence(Quotes.confidence(q), Quotes.below(q, c.model().uncertainBelow()))));
            }
            md.line("");
            if (quotes.size() > shown) {
                md.line("… and " + (quotes.size() - shown) + " older unattributed quotes on this topic, not listed.");
                md.line("");
            }
        }
    }
}
