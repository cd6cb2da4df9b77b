package org.parley.speaker;

import java.util.List;

/**
 * A registry file that cannot be used. Every problem found is listed, one line each, as
 * {@code file:line: reason}; the message is those lines joined by line breaks.
 */
public final class RegistryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public RegistryException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, each {@code file:line: reason}, in file order of discovery. */
    public List<String> problems() {
        return problems;
    }
}
