package org.parley.text;

import java.util.Objects;

/**
 * A problem with some input that did not stop the run: printed as one line,
 * {@code source:location: message} (or {@code source: message} without a location).
 *
 * @param source   the file (or {@code file:line} inside an archive) the problem is in
 * @param location where in it: {@code "line 12"}, {@code "offset 3401"}, or null
 * @param message  what is wrong, one line, lower case start
 */
public record Warning(String source, String location, String message) {

    public Warning {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        message = message.replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public String toString() {
        return location == null ? source + ": " + message : source + ":" + location + ": " + message;
    }
}
