package org.parley.speaker;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.speaker.YamlTree.Mapping;
import org.parley.speaker.YamlTree.Node;
import org.parley.speaker.YamlTree.Scalar;
import org.parley.speaker.YamlTree.Seq;

/**
 * Typed access to the fields of registry YAML nodes; every wrong shape is recorded as
 * {@code file:line: reason} in the shared problem list instead of thrown, so one load reports all
 * problems. Single use, not thread-safe.
 */
class NodeReader {

    final String source;
    final List<String> problems;

    NodeReader(String source, List<String> problems) {
        this.source = source;
        this.problems = problems;
    }

    /**
     * A date field: YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is not verified, read as the
     * first day of the period for a start ({@code end} false) and the last day for an end.
     */
    LocalDate date(Mapping r, String k, boolean end) {
        Node n = r.get(k);
        if (n == null) {
            return null;
        }
        String s = n instanceof Scalar sc && sc.text() != null ? sc.text().trim() : "";
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(s);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
        } catch (DateTimeParseException ex) {
            // reported below
        }
        problem(n.line(), "bad date '" + s + "' for '" + k + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        return null;
    }

    void checkKeys(Mapping n, Set<String> allowed) {
        for (var e : n.fields().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(e.getValue().line(), "unknown key '" + e.getKey() + "' (expected one of " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    List<Mapping> items(Node n) {
        List<Mapping> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof Seq s)) {
            problem(n.line(), "expected a list of entries");
            return out;
        }
        for (Node i : s.items()) {
            if (i instanceof Mapping m) {
                out.add(m);
            } else {
                problem(i.line(), "expected an entry with 'name:' (a mapping)");
            }
        }
        return out;
    }

    List<Scalar> strings(Node n) {
        List<Scalar> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n instanceof Scalar s && s.text() != null) {
            out.add(s);
        } else if (n instanceof Seq seq) {
            for (Node i : seq.items()) {
                if (i instanceof Scalar s && s.text() != null && !s.text().isBlank()) {
                    out.add(s);
                } else {
                    problem(i.line(), "expected a name, not a nested list or mapping");
                }
            }
        } else {
            problem(n.line(), "expected a list of names");
        }
        return out;
    }

    String text(Mapping n, String k) {
        Node v = n.get(k);
        if (v == null) {
            return null;
        }
        if (v instanceof Scalar s) {
            return s.text();
        }
        problem(v.line(), "'" + k + "' must be a single value");
        return null;
    }

    static int lineOf(Mapping n, String k) {
        Node v = n.get(k);
        return v == null ? n.line() : v.line();
    }

    void problem(int line, String reason) {
        problems.add(source + ":" + line + ": " + reason);
    }
}
