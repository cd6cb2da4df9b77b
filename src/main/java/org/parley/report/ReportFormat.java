package org.parley.report;

import java.util.Locale;

/** Output format of a position report. */
public enum ReportFormat {
    /** GitHub-flavoured markdown, for pasting into a briefing. */
    MARKDOWN,
    /** The same content as one JSON document, for tools. */
    JSON;

    /** Parses {@code markdown} or {@code json}; throws IllegalArgumentException naming the valid formats. */
    public static ReportFormat parse(String s) {
        for (ReportFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + s + "' (expected markdown or json)");
    }
}
