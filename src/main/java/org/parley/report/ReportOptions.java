package org.parley.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the user asked the report to cover. Immutable and thread-safe.
 *
 * <p>Filters apply before anything is counted, so every figure in the report is over the same quotes:
 * <ul>
 *   <li>{@code from}/{@code to} are inclusive; quotes from articles without a date are always kept
 *       (no date cannot be shown to fall outside the range) and the header counts them separately.</li>
 *   <li>{@code minConfidence} drops quotes whose topic or stance confidence is below it: they are not
 *       counted, not listed, only their number is given in the header. Quotes without confidences
 *       (gold labels) are always kept. Marking, not dropping, is the job of
 *       {@link ModelSummary#uncertainBelow()}.</li>
 * </ul>
 *
 * @param speakers      speaker names as typed (resolved through the caller's canonicaliser); empty = the
 *                      {@code topSpeakers} speakers with the most classified quotes
 * @param topics        topic ids; empty = every topic of the taxonomy
 * @param from          first date included, or null
 * @param to            last date included, or null
 * @param minConfidence quotes below this confidence are left out, in [0, 1]
 * @param stamp         add the generation time to the header (the only wall-clock output)
 * @param topSpeakers   how many speakers the default selection takes, at least 1
 * @param featured      canonical names the default selection always includes when they have quotes on
 *                      the listed topics (the principals of a study, from {@code corpus/report.yaml}),
 *                      before it fills up to {@code topSpeakers} with the most quoted
 */
public record ReportOptions(List<String> speakers, List<String> topics, LocalDate from, LocalDate to,
                            double minConfidence, boolean stamp, int topSpeakers,
                            List<String> featured) {

    /** Default number of speakers when none are chosen. */
    public static final int DEFAULT_TOP_SPEAKERS = 5;

    public ReportOptions {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        topics = topics == null ? List.of() : List.copyOf(topics);
        featured = featured == null ? List.of() : List.copyOf(featured);
        speakers.forEach(s -> Objects.requireNonNull(s, "speaker"));
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from date " + from + " is after to date " + to);
        }
        if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new IllegalArgumentException("minimum confidence must be in [0, 1], got " + minConfidence);
        }
        if (topSpeakers < 1) {
            throw new IllegalArgumentException("topSpeakers must be at least 1, got " + topSpeakers);
        }
    }

    /** Everything, default speakers, no stamp. */
    public static ReportOptions defaults() {
        return new ReportOptions(List.of(), List.of(), null, null, 0.0, false, DEFAULT_TOP_SPEAKERS, List.of());
    }

    public ReportOptions withSpeakers(List<String> s) {
        return new ReportOptions(s, topics, from, to, minConfidence, stamp, topSpeakers, featured);
    }

    public ReportOptions withTopics(List<String> t) {
        return new ReportOptions(speakers, t, from, to, minConfidence, stamp, topSpeakers, featured);
    }

    public ReportOptions withPeriod(LocalDate f, LocalDate t) {
        return new ReportOptions(speakers, topics, f, t, minConfidence, stamp, topSpeakers, featured);
    }

    public ReportOptions withMinConfidence(double c) {
        return new ReportOptions(speakers, topics, from, to, c, stamp, topSpeakers, featured);
    }

    public ReportOptions withStamp(boolean s) {
        return new ReportOptions(speakers, topics, from, to, minConfidence, s, topSpeakers, featured);
    }

    public ReportOptions withTopSpeakers(int n) {
        return new ReportOptions(speakers, topics, from, to, minConfidence, stamp, n, featured);
    }

    public ReportOptions withFeatured(List<String> f) {
        return new ReportOptions(speakers, topics, from, to, minConfidence, stamp, topSpeakers, f);
    }
}
