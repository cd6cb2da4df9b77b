package org.parley.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.classify.Topic;

/**
 * The markdown header (what the report covers) and the closing method section (how it was made and what
 * to double-check). Not thread-safe.
 */
final class MarkdownHeader {

    private final ReportContent c;
    private final MarkdownOut md;

    MarkdownHeader(ReportContent content, Writer out) {
        this.c = content;
        this.md = new MarkdownOut(out);
    }

    void write() throws IOException {
        ReportContent.Counts n = c.counts();
        CorpusSummary corpus = c.corpus();
        ReportOptions o = c.options();
        md.line("- **Period:** " + period() + ".");
        md.line("- **Articles:** " + corpus.articlesRead() + " read (" + corpus.articlesWithoutDate()
                + " without a date); " + n.articles() + " with a quote in this report.");
        md.line("- **Outlets (" + corpus.outlets().size() + "):** " + (corpus.outlets().isEmpty() ? "none recorded"
                : String.join(", ", corpus.outlets().stream().map(MarkdownText::escape).toList())) + ".");
        md.line("- **Quotes:** " + corpus.quotesFound() + " found, " + corpus.quotesAttributed()
                + " attributed to a named speaker; " + n.included() + " in this report (" + n.uncertain()
                + " uncertain, " + n.unattributed() + " unattributed, " + n.otherTopic() + " on no listed topic).");
        List<String> out = new ArrayList<>();
        add(out, n.unclassified(), "without a topic or stance");
        add(out, n.unknownTopic(), "with a topic not in the taxonomy");
        add(out, n.outsidePeriod(), "outside the period");
        add(out, n.belowMinConfidence(), "below the minimum confidence " + fmt(o.minConfidence()));
        if (!out.isEmpty()) {
            md.line("- **Left out:** " + String.join(", ", out) + ".");
        }
        md.line("- **Model:** " + model() + ".");
        md.line("- **Speakers:** " + (c.speakers().isEmpty() ? "none" : String.join(", ",
                c.speakers().stream().map(MarkdownText::escape).toList()))
                + (c.defaultSpeakers() ? defaultNote(o) : " (as chosen)") + ".");
        md.line("- **Topics:** " + (o.topics().isEmpty() ? "all " + c.topics().size()
                : String.join(", ", c.topics().stream().map(Topic::id).map(MarkdownText::escape).toList())) + ".");
        if (c.stamp() != null) {
            md.line("- **Generated:** " + c.stamp() + ".");
        }
        md.line("");
    }

    private String period() {
        ReportContent.Counts n = c.counts();
        ReportOptions o = c.options();
        String s = n.first() == null ? "no dated quote" : n.first() + " to " + n.last();
        if (o.from() != null || o.to() != null) {
            s += " (chosen: " + (o.from() == null ? "any date" : o.from()) + " to "
                    + (o.to() == null ? "any date" : o.to()) + ")";
        }
        return s + "; " + n.undated() + " quotes from articles without a date are included and counted apart,"
                + " as no date can place them outside the period";
    }

    private String model() {
        ModelSummary m = c.model();
        StringBuilder sb = new StringBuilder(MarkdownText.escape(m.learner()));
        sb.append("; training data SHA-256 ").append(m.trainingSha256() == null ? "unknown"
                : "`" + m.trainingSha256() + "`");
        if (m.scores().isEmpty()) {
            sb.append("; no cross-validated scores");
        } else {
            List<String> s = new ArrayList<>();
            m.scores().forEach((k, v) -> s.add(MarkdownText.escape(k) + " " + String.format(Locale.ROOT, "%.3f", v)));
            sb.append("; cross-validated ").append(String.join(", ", s));
        }
        return sb.append("; quotes below confidence ").append(fmt(m.uncertainBelow())).append(" marked uncertain")
                .toString();
    }

    private static void add(List<String> out, long count, String why) {
        if (count > 0) {
            out.add(count + " " + why);
        }
    }

    void method() throws IOException {
        ReportOptions o = c.options();
        ModelSummary m = c.model();
        md.line("## Method and limits");
        md.line("");
        md.line("- **Finding quotes.** Every quotation and reported statement in the articles was found and"
                + " sorted into four kinds: direct (in quotation marks), block (a paragraph introduced by a"
                + " colon), indirect (reported speech) and mixed (reported speech with a quoted fragment). Each"
                + " was attributed to its speaker through names, pronouns, titles and roles; anonymous sources"
                + " stay unattributed and are listed under Who else spoke.");
        md.line("- **Classifying.** A trained model (" + MarkdownText.escape(m.learner()) + ") gave each quote one"
                + " topic and a stance (support, oppose, neutral) toward the topic's proposition, from the words"
                + " alone: it never sees who spoke. " + (m.scores().isEmpty() ? "No cross-validated scores were"
                + " given." : "Cross-validated scores are in the header."));
        md.line("- **Confidence.** A quote's confidence is the lower of its topic and stance confidences."
                + " Quotes below the minimum confidence (" + fmt(o.minConfidence()) + ") were left out and only"
                + " counted. Quotes below the model's threshold (" + fmt(m.uncertainBelow()) + ") are kept,"
                + " listed with `?`, and shape a position only when a cell has nothing else.");
        md.line("- **Positions.** A cell's position is the stance most of its confident quotes took; a side"
                + " outweighs neutral on a tie, and support tied with oppose is mixed. Quotes on `other` are not a"
                + " position and are left out of the matrix, the pairs and the shifts; they are counted under"
                + " Who else spoke.");
        md.line("- **Pairs.** Two speakers diverge on a topic when one's position is support and the other's"
                + " oppose; agree when both have the same position and neither is mixed; otherwise they partly"
                + " differ.");
        md.line("- **Shifts.** Over confident, dated, side-taking quotes, day by day (a day counts for the side"
                + " most of its quotes took), a shift is recorded when at least two quotes take the other side"
                + " with no quote for the held stance in between.");
        md.line("- **Dates.** Quotes carry their article's date. Articles without a date are kept whatever the"
                + " period and counted apart in the header; they are listed last and take no part in shifts.");
        md.line("- **Double-check.** Read the quotes behind any cell you cite, above all cells marked `?` or"
                + " resting on one or two quotes, and indirect quotes, which are the outlet's paraphrase. Pronoun"
                + " and title attribution can be wrong. A stance is toward the proposition as worded here, not"
                + " toward a country. Counts say how often outlets reported a statement, not how firmly it was"
                + " held: one statement carried by several outlets counts several times.");
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String defaultNote(ReportOptions o) {
        String top = "the most classified quotes on the listed topics, ties broken by name";
        if (o.featured().isEmpty()) {
            return " (the " + o.topSpeakers() + " with " + top + ")";
        }
        return " (the featured speakers who spoke on the listed topics, then up to " + o.topSpeakers()
                + " in all with " + top + ")";
    }
}
