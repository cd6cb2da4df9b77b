package org.parley.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parley.classify.Topic;

/**
 * Everything a report shows, computed once and rendered by {@link MarkdownReportWriter} and
 * {@link JsonReportWriter} alike, so the two formats cannot disagree. The evidence itself stays in the
 * {@link EvidenceStore} and is read topic by topic while writing.
 *
 * @param speakers        selected speakers, column order
 * @param defaultSpeakers true when the speakers were chosen by quote count, not by the user
 * @param topics          selected position topics, taxonomy order
 * @param matrix          the position matrix
 * @param pairs           agreement and divergence per pair of speakers
 * @param shifts          stance shifts, by speaker (column order), topic (taxonomy order), date
 * @param otherSpeakers   attributed speakers not selected, ranked
 * @param mentions        unattributed quotes per mention, ranked
 * @param otherTopic      quotes on {@code other} per selected speaker (only those with any)
 * @param counts          the report's own quote counts
 * @param corpus          the pipeline's counts
 * @param model           the classifier
 * @param options         the user's choices
 * @param stamp           generation time, or null without the stamp option
 * @param nothingToReport a plain sentence saying why there is nothing to report, or null
 * @param store           the evidence
 */
record ReportContent(List<String> speakers, boolean defaultSpeakers, List<Topic> topics, PositionMatrix matrix,
                     List<Pair> pairs, List<Shift> shifts, List<NameCount> otherSpeakers, List<NameCount> mentions,
                     Map<String, Long> otherTopic, Counts counts, CorpusSummary corpus, ModelSummary model,
                     ReportOptions options, String stamp, String nothingToReport, EvidenceStore store) {

    /** Unattributed quotes listed per topic; the rest are counted. */
    static final int UNATTRIBUTED_PER_TOPIC = 20;

    /**
     * The report's own counts over the input quotes.
     *
     * @param seen               records given to the report
     * @param unclassified       without topic or stance: left out
     * @param unknownTopic       with a topic not in the taxonomy: left out
     * @param outsidePeriod      dated outside from–to: left out
     * @param belowMinConfidence below the minimum confidence: left out
     * @param included           counted in the report (every other figure is over these)
     * @param undated            of the included, from articles without a date
     * @param uncertain          of the included, marked uncertain
     * @param unattributed       of the included, without a speaker
     * @param otherTopic         of the included, on topic {@code other}
     * @param articles           distinct articles among the included quotes
     * @param first              earliest date among the included quotes, or null
     * @param last               latest date, or null
     */
    record Counts(long seen, long unclassified, long unknownTopic, long outsidePeriod, long belowMinConfidence,
                  long included, long undated, long uncertain, long unattributed, long otherTopic, long articles,
                  LocalDate first, LocalDate last) {
    }
}
