package org.parley.report;

import java.util.List;

/**
 * A speaker or topic named in the report options is not known. The message is one line and lists the
 * valid names, so the command prints it as is and exits with 2 (bad usage).
 */
public final class UnknownNameException extends IllegalArgumentException {

    private static final int MAX_LISTED = 30;

    private final String name;
    private final List<String> valid;

    public UnknownNameException(String what, String name, List<String> valid) {
        super(message(what, name, valid));
        this.name = name;
        this.valid = List.copyOf(valid);
    }

    /** The name that was not recognised. */
    public String name() {
        return name;
    }

    /** The names that would have been accepted, in the order the message lists them. */
    public List<String> valid() {
        return valid;
    }

    private static String message(String what, String name, List<String> valid) {
        StringBuilder sb = new StringBuilder("unknown ").append(what).append(" '").append(name).append("'");
        if (valid.isEmpty()) {
            return sb.append(" (there are no ").append(what).append("s in the input)").toString();
        }
        sb.append(" (valid: ");
        int n = Math.min(valid.size(), MAX_LISTED);
        sb.append(String.join(", ", valid.subList(0, n)));
        if (valid.size() > n) {
            sb.append(", … and ").append(valid.size() - n).append(" more");
        }
        return sb.append(")").toString();
    }
}
