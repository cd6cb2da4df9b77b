package org.parley.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as news sites and scrapers write them, read into a {@link LocalDate}.
 *
 * <p>Accepted: ISO dates with or without a time and zone ({@code 2015-12-16},
 * {@code 2015-12-16T10:22:00+03:00}, {@code 2015-12-16 10:22:00}); month-name dates in either order,
 * abbreviated or not, with an optional weekday and time ("December 16, 2015", "Dec. 16, 2015",
 * "16 Dec 2015", "Wed, 16 Dec 2015 10:22:00 GMT"); {@code 2015/12/16}; and epoch seconds or
 * milliseconds (10 or 13 digits, read in UTC). All-numeric day/month orders such as
 * {@code 12/11/2015} are ambiguous between US and European style and are deliberately refused.
 *
 * <p>For a date with a time and zone the date is taken as written, not converted to UTC: the
 * publication date is the one the outlet printed.
 *
 * <p>Stateless and thread-safe. Every pattern is anchored and bounded, and input longer than 100
 * characters is refused before any matching.
 */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{1,2}:\\d{2}.*)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+");
    private static final String TIME_TAIL = "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\b.*|\\s+[A-Z]{2,5})?";
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME_TAIL);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})" + TIME_TAIL);
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};

    private Dates() {
    }

    /** The date in {@code s}, or null when {@code s} is null, blank, or not a date in a form above. */
    public static LocalDate parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty() || t.length() > 100) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            }
            m = SLASHED.matcher(t);
            if (m.matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            }
            if (EPOCH.matcher(t).matches()) {
                long v = Long.parseLong(t);
                Instant i = t.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
                return i.atOffset(ZoneOffset.UTC).toLocalDate();
            }
            Matcher w = WEEKDAY.matcher(t);
            if (w.lookingAt()) {
                t = t.substring(w.end());
            }
            m = MONTH_DAY_YEAR.matcher(t);
            if (m.matches()) {
                int month = month(m.group(1));
                return month == 0 ? null : LocalDate.of(num(m, 3), month, num(m, 2));
            }
            m = DAY_MONTH_YEAR.matcher(t);
            if (m.matches()) {
                int month = month(m.group(2));
                return month == 0 ? null : LocalDate.of(num(m, 3), month, num(m, 1));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** 1–12 for a month name or its abbreviation of three letters or more ("Sept" too), else 0. */
    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(w)) {
                return i + 1;
            }
        }
        return 0;
    }
}
