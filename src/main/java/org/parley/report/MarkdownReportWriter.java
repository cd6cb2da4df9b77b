package org.parley.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.classify.Topic;
import org.parley.pipeline.QuoteRecord;

/**
 * Renders a {@link ReportContent} as GitHub-flavoured markdown. Every piece of text that comes from an
 * article or a user file goes through {@link MarkdownText#escape}; the writer adds no HTML. One instance
 * per report; not thread-safe.
 */
final class MarkdownReportWriter {

    private static final int MAX_OTHER_SPEAKERS = 30;

    private final ReportContent c;
    private final Writer out;
    private final MarkdownOut md;
    private final Map<String, Topic> topics = new LinkedHashMap<>();

    MarkdownReportWriter(ReportContent content, Writer out) {
        this.c = content;
        this.out = out;
        this.md = new MarkdownOut(out);
        content.topics().forEach(t -> topics.put(t.id(), t));
    }

    void write() throws IOException {
        md.line("# Position report");
        md.line("");
        new MarkdownHeader(c, out).write();
        if (c.nothingToReport() != null) {
            md.line("## Nothing to report");
            md.line("");
            md.line(MarkdownText.escape(c.nothingToReport()));
            md.line("");
        } else {
            matrix();
            pairs();
            sideBySide();
            shifts();
        }
        whoElse();
        new MarkdownHeader(c, out).method();
    }

    private void matrix() throws IOException {
        md.line("## Positions");
        md.line("");
        List<String> head = new ArrayList<>(List.of("Topic", "Support means"));
        c.speakers().forEach(s -> head.add(MarkdownText.escape(s)));
        md.row(head);
        md.separator(head.size());
        for (Topic t : c.topics()) {
            List<String> cells = new ArrayList<>(List.of(MarkdownText.escape(t.name()),
                    MarkdownText.escape(t.proposition())));
            c.speakers().forEach(s -> cells.add(Symbols.cell(c.matrix().cell(t.id(), s))));
            md.row(cells);
        }
        md.line("");
        md.line("Legend: " + Symbols.SUPPORT + " support, " + Symbols.OPPOSE + " oppose, " + Symbols.NEUTRAL
                + " neutral toward the topic's proposition; the dominant stance is named, with its number of"
                + " quotes in brackets, followed by the counts of the other stances. " + Symbols.MIXED
                + " mixed: the speaker took both sides and the minority side has more than a third of those"
                + " quotes. `" + Symbols.UNCERTAIN + " n`: quotes the model was unsure of (confidence below "
                + fmt(c.model().uncertainBelow()) + "), not used for the position; a cell that starts with `"
                + Symbols.UNCERTAIN + "` rests only on such quotes. An empty cell: no quote by that speaker on"
                + " that topic. The numbers in a cell add up to the quotes listed under Side by side.");
        md.line("");
    }

    private void pairs() throws IOException {
        md.line("## Agreement and divergence");
        md.line("");
        if (c.pairs().isEmpty()) {
            md.line("Only one speaker is selected: there is no pair to compare.");
            md.line("");
            return;
        }
        for (Pair p : c.pairs()) {
            md.line("### " + MarkdownText.escape(p.first()) + " and " + MarkdownText.escape(p.second()));
            md.line("");
            md.line(p.shared().isEmpty() ? "No topic both spoke on."
                    : "Diverge on " + p.count(Relation.DIVERGE) + ", partly differ on " + p.count(Relation.PARTIAL)
                    + ", agree on " + p.count(Relation.AGREE) + " of " + p.shared().size() + " shared topics.");
            md.line("");
            if (!p.shared().isEmpty()) {
                List<String> head = List.of("Topic", MarkdownText.escape(p.first()), MarkdownText.escape(p.second()),
                        "Relation");
                md.row(head);
                md.separator(head.size());
                for (Pair.Comparison k : p.shared()) {
                    md.row(List.of(name(k.topic()), Symbols.cell(k.first()), Symbols.cell(k.second()),
                            relation(k.relation())));
                }
                md.line("");
            }
            only(p.first(), p.onlyFirst());
            only(p.second(), p.onlySecond());
        }
    }

    private void only(String speaker, List<String> topicIds) throws IOException {
        if (!topicIds.isEmpty()) {
            md.line("Only " + MarkdownText.escape(speaker) + " spoke on: "
                    + String.join(", ", topicIds.stream().map(this::name).toList()) + ".");
            md.line("");
        }
    }

    private static String relation(Relation r) {
        return switch (r) {
            case DIVERGE -> "diverge";
            case PARTIAL -> "partly differ";
            case AGREE -> "agree";
        };
    }

    private void sideBySide() throws IOException {
        md.line("## Side by side");
        md.line("");
        md.line("Each speaker's quotes on each topic, newest first (undated last), verbatim.");
        md.line("");
        Set<String> selected = Set.copyOf(c.speakers());
        for (Topic t : c.topics()) {
            md.line("### " + MarkdownText.escape(t.name()));
            md.line("");
            md.line("Support means: " + MarkdownText.escape(t.proposition()));
            md.line("");
            List<QuoteRecord> quotes = c.store().select(t.id(),
                    q -> q.speaker() != null && selected.contains(q.speaker()));
            List<String> silent = new ArrayList<>();
            for (String s : c.speakers()) {
                List<QuoteRecord> mine = quotes.stream().filter(q -> q.speaker().equals(s)).toList();
                if (mine.isEmpty()) {
                    silent.add(MarkdownText.escape(s));
                    continue;
                }
                md.line("#### " + MarkdownText.escape(s) + ": " + Symbols.cell(c.matrix().cell(t.id(), s)));
                md.line("");
                List<String> head = List.of("Date", "Stance", "Quote", "Kind", "Outlet", "Article", "Confidence");
                md.row(head);
                md.separator(head.size());
                for (QuoteRecord q : mine) {
                    md.row(List.of(date(q), Symbols.labelled(q.stance()), MarkdownText.escape(q.text()), kind(q),
                            MarkdownText.escape(q.outlet()), MarkdownText.escape(q.article()), confidence(q)));
                }
                md.line("");
            }
            if (!silent.isEmpty()) {
                md.line("No quote on this topic by: " + String.join(", ", silent) + ".");
                md.line("");
            }
        }
    }

    private void shifts() throws IOException {
        md.line("## Change over time");
        md.line("");
        if (c.shifts().isEmpty()) {
            md.line("No stance shifts: no selected speaker changed sides on a topic with at least two confident,"
                    + " dated quotes for the new stance.");
            md.line("");
            return;
        }
        List<String> head = List.of("Speaker", "Topic", "From", "To", "Since", "Until", "Quotes");
        md.row(head);
        md.separator(head.size());
        for (Shift s : c.shifts()) {
            md.row(List.of(MarkdownText.escape(s.speaker()), name(s.topic()), Symbols.labelled(s.from()),
                    Symbols.labelled(s.to()), s.since().toString(), s.until().toString(),
                    Integer.toString(s.quotes())));
        }
        md.line("");
        md.line("A shift is dated by the first quote of the new stance; Quotes counts the confident quotes of the"
                + " new stance from Since to Until, all listed under Side by side.");
        md.line("");
    }

    private void whoElse() throws IOException {
        md.line("## Who else spoke");
        md.line("");
        if (c.otherSpeakers().isEmpty()) {
            md.line("No other attributed speaker.");
        } else {
            List<String> head = List.of("Speaker", "Quotes");
            md.row(head);
            md.separator(2);
            List<NameCount> shown = c.otherSpeakers().subList(0, Math.min(MAX_OTHER_SPEAKERS, c.otherSpeakers().size()));
            for (NameCount n : shown) {
                md.row(List.of(MarkdownText.escape(n.name()), Long.toString(n.quotes())));
            }
            if (c.otherSpeakers().size() > shown.size()) {
                long rest = c.otherSpeakers().subList(shown.size(), c.otherSpeakers().size()).stream()
                        .mapToLong(NameCount::quotes).sum();
                md.row(List.of("… " + (c.otherSpeakers().size() - shown.size()) + " more speakers", Long.toString(rest)));
            }
        }
        md.line("");
        if (!c.otherTopic().isEmpty()) {
            List<String> parts = new ArrayList<>();
            c.speakers().stream().filter(c.otherTopic()::containsKey)
                    .forEach(s -> parts.add(MarkdownText.escape(s) + " " + c.otherTopic().get(s)));
            md.line("Quotes on no listed topic (`other`, not a position, not in the matrix) by the selected speakers: "
                    + String.join(", ", parts) + ".");
            md.line("");
        }
        new UnattributedSection(c, out).write();
    }

    private String name(String topicId) {
        Topic t = topics.get(topicId);
        return MarkdownText.escape(t == null ? topicId : t.name());
    }

    static String date(QuoteRecord q) {
        return q.date() == null ? "undated" : q.date().toString();
    }

    static String kind(QuoteRecord q) {
        return q.kind() == null ? "" : q.kind().label();
    }

    String confidence(QuoteRecord q) {
        return Symbols.confidence(Quotes.confidence(q), Quotes.below(q, c.model().uncertainBelow()));
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
