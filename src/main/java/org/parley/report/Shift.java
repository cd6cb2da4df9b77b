package org.parley.report;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.classify.Stance;

/**
 * A dated change of one speaker's stance on one topic, backed by at least two quotes. Immutable and
 * thread-safe.
 *
 * @param speaker canonical speaker
 * @param topic   topic id
 * @param from    the stance held before
 * @param to      the new stance
 * @param since   date of the first quote of the new stance
 * @param until   date of the last quote of the new stance before it changed again (or the last one)
 * @param quotes  quotes of the new stance between {@code since} and {@code until}, at least 2
 */
public record Shift(String speaker, String topic, Stance from, Stance to, LocalDate since, LocalDate until,
                    int quotes) {

    public Shift {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (from == to) {
            throw new IllegalArgumentException("a shift needs two different stances");
        }
        if (until.isBefore(since)) {
            throw new IllegalArgumentException("shift ends before it starts");
        }
        if (quotes < 2) {
            throw new IllegalArgumentException("a shift needs at least two quotes, got " + quotes);
        }
    }
}
