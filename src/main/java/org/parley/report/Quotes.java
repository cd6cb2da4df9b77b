package org.parley.report;

import java.util.Comparator;
import java.util.Objects;
import org.parley.pipeline.QuoteRecord;

/**
 * Order and confidence rules shared by every part of the report. Stateless and thread-safe.
 */
final class Quotes {

    /**
     * Evidence order: newest first, undated last, then article id, start offset, text, speaker, kind,
     * stance. Total over every field that shows in the report, so input order never leaks into output.
     */
    static final Comparator<QuoteRecord> NEWEST_FIRST = Comparator
            .comparing(QuoteRecord::date, Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
            .thenComparing(QuoteRecord::article, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(QuoteRecord::start, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparing(QuoteRecord::text)
            .thenComparing(QuoteRecord::speaker, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(QuoteRecord::speakerMention, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(QuoteRecord::kind, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(QuoteRecord::stance, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(QuoteRecord::outlet, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Quotes::confidenceOrZero);

    private Quotes() {
    }

    /**
     * The quote's confidence: the lower of its topic and stance confidences (a stance is only as
     * trustworthy as the topic it is a stance toward), or null for gold labels without either.
     */
    static Double confidence(QuoteRecord q) {
        Double t = q.topicConfidence();
        Double s = q.stanceConfidence();
        if (t == null) {
            return s;
        }
        return s == null ? t : Math.min(t, s);
    }

    private static double confidenceOrZero(QuoteRecord q) {
        Double c = confidence(q);
        return c == null ? -1.0 : c;
    }

    /** True when the quote has a confidence and it is below {@code threshold}. */
    static boolean below(QuoteRecord q, double threshold) {
        Double c = confidence(q);
        return c != null && c < threshold;
    }

    /**
     * The record as the report keeps it: without its context sentence, which the report never shows
     * (it halves what a store holds), and with confidences rounded to four decimals as the §5 JSON Lines
     * record writes them. Rounding first means a quote is judged uncertain on the same value whether the
     * evidence is kept on the heap or spilled to JSON Lines, so cells and listings cannot disagree.
     */
    static QuoteRecord slim(QuoteRecord q) {
        Double t = round(q.topicConfidence());
        Double s = round(q.stanceConfidence());
        if (q.context() == null && Objects.equals(t, q.topicConfidence()) && Objects.equals(s, q.stanceConfidence())) {
            return q;
        }
        return new QuoteRecord(q.article(), q.kind(), q.text(), q.speaker(), q.speakerMention(), q.start(),
                q.end(), q.paragraph(), q.date(), q.outlet(), null, q.topic(), q.stance(), t, s, q.origin());
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 10000.0) / 10000.0;
    }
}
