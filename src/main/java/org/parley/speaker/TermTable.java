package org.parley.speaker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.speaker.YamlTree.Mapping;
import org.parley.speaker.YamlTree.Node;
import org.parley.speaker.YamlTree.Scalar;

/**
 * Collects the phrases of a registry under their folded form and reports clashes: one phrase may
 * name one entity (or be a generic reference, or a descriptor), never two. Single use, not
 * thread-safe.
 */
final class TermTable {

    private final String source;
    private final List<String> problems;
    private final Map<String, Term> byKey = new LinkedHashMap<>();

    TermTable(String source, List<String> problems) {
        this.source = source;
        this.problems = problems;
    }

    List<Term> terms() {
        return List.copyOf(byKey.values());
    }

    void add(Term.Kind kind, String phrase, List<Entity> entities, Descriptor d, int line) {
        Term t = term(kind, phrase, entities, d, line);
        if (t == null) {
            return;
        }
        String k = String.join(" ", t.folded());
        Term old = byKey.get(k);
        if (old == null) {
            byKey.put(k, t);
        } else if (!(isSpecific(old) && isSpecific(t) && old.entity() == t.entity())) {
            problems.add(source + ":" + line + ": '" + phrase.trim() + "' " + describe(t) + " clashes with "
                    + describe(old) + (old.line() > 0 ? " (line " + old.line() + ")" : ""));
        }
    }

    void addGeneric(String phrase, Entity e, int line) {
        Term t = term(Term.Kind.GENERIC, phrase, List.of(e), null, line);
        if (t == null) {
            return;
        }
        String k = String.join(" ", t.folded());
        Term old = byKey.get(k);
        if (old == null) {
            byKey.put(k, t);
        } else if (old.kind() == Term.Kind.GENERIC) {
            List<Entity> all = new ArrayList<>(old.entities());
            if (!all.contains(e)) {
                all.add(e);
            }
            byKey.put(k, new Term(Term.Kind.GENERIC, old.folded(), old.raw(), old.needsCap(), old.possessive(), false, all, null,
                    old.line()));
        } else {
            problems.add(source + ":" + line + ": generic '" + phrase.trim() + "' clashes with " + describe(old)
                    + (old.line() > 0 ? " (line " + old.line() + ")" : ""));
        }
    }

    /**
     * Adds each person's surname (the {@code surname:} field, else the last word of the name) as an
     * alias when no other entity uses the phrase; a surname two people share becomes an ambiguous
     * surname resolved by the article's context. An explicit alias of someone else wins silently:
     * surnames are a convenience, not a claim.
     */
    void addSurnames(List<Entity> persons, List<Mapping> nodes) {
        Map<String, List<Entity>> bySurname = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Mapping n : nodes) {
            Node nameNode = n.get("name");
            if (!(nameNode instanceof Scalar ns) || ns.text() == null) {
                continue;
            }
            Entity p = persons.stream().filter(e -> e.name().equals(ns.text().trim())).findFirst().orElse(null);
            if (p == null) {
                continue;
            }
            String surname;
            if (n.get("surname") instanceof Scalar s && s.text() != null) {
                surname = s.text().trim();
                if (surname.toLowerCase(Locale.ROOT).equals("none")) {
                    continue;
                }
            } else {
                List<Words.Word> w = Words.of(p.name());
                surname = w.get(w.size() - 1).raw();
            }
            String k = RegistryReader.key(surname);
            if (k.isEmpty()) {
                continue;
            }
            bySurname.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            raw.putIfAbsent(k, surname);
            lines.putIfAbsent(k, n.line());
        }
        for (var e : bySurname.entrySet()) {
            Term old = byKey.get(e.getKey());
            if (old != null) {
                continue;
            }
            List<Entity> ps = e.getValue();
            Term.Kind kind = ps.size() == 1 ? Term.Kind.PERSON : Term.Kind.AMBIGUOUS_SURNAME;
            byKey.put(e.getKey(), term(kind, raw.get(e.getKey()), ps, null, lines.get(e.getKey())));
        }
    }

    private Term term(Term.Kind kind, String phrase, List<Entity> entities, Descriptor d, int line) {
        String p = phrase.trim();
        if (p.regionMatches(true, 0, "the ", 0, 4)) {
            p = p.substring(4).trim();
        }
        List<Words.Word> words = Words.of(p);
        if (words.isEmpty()) {
            problems.add(source + ":" + line + ": '" + phrase + "' has no words");
            return null;
        }
        String[] folded = new String[words.size()];
        String[] raw = new String[words.size()];
        boolean[] cap = new boolean[words.size()];
        boolean[] poss = new boolean[words.size()];
        boolean names = kind != Term.Kind.GENERIC && kind != Term.Kind.DESCRIPTOR;
        int letters = 0;
        boolean allUpper = true;
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            folded[i] = w.folded();
            raw[i] = w.raw();
            cap[i] = names && w.capitalised();
            poss[i] = w.possessive();
            for (int c = 0; c < w.raw().length(); c++) {
                char ch = w.raw().charAt(c);
                if (Character.isLetter(ch)) {
                    letters++;
                    allUpper &= Character.isUpperCase(ch);
                }
            }
        }
        boolean exact = names && allUpper && letters <= 3;
        return new Term(kind, folded, raw, cap, poss, exact, entities, d, line);
    }

    private static boolean isSpecific(Term t) {
        return t.kind() != Term.Kind.GENERIC && t.kind() != Term.Kind.DESCRIPTOR
                && t.kind() != Term.Kind.AMBIGUOUS_SURNAME;
    }

    private static String describe(Term t) {
        return switch (t.kind()) {
            case GENERIC -> "a generic reference";
            case DESCRIPTOR -> "a descriptor";
            case AMBIGUOUS_SURNAME -> "a shared surname";
            default -> "of '" + t.entity().name() + "'";
        };
    }
}
