package org.parley.speaker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.speaker.YamlTree.Mapping;
import org.parley.speaker.YamlTree.Node;
import org.parley.speaker.YamlTree.Scalar;

/**
 * Reads and validates the registry file format described in the header of
 * {@code corpus/speakers.yaml}, collecting every problem before failing. Single use, not
 * thread-safe; {@link Registry#load} makes one per call.
 */
final class RegistryReader extends NodeReader {

    private static final Set<String> SECTIONS = Set.of("countries", "institutions", "people", "descriptors");
    private static final Set<String> COUNTRY_KEYS = Set.of("name", "capital", "aliases", "demonyms");
    private static final Set<String> INSTITUTION_KEYS = Set.of("name", "country", "aliases", "generic");
    private static final Set<String> PERSON_KEYS =
            Set.of("name", "gender", "country", "organisation", "aliases", "surname", "roles");
    private static final Set<String> ROLE_KEYS = Set.of("title", "of", "from", "to");
    private static final Set<String> DESCRIPTOR_KEYS = Set.of("phrase", "roles", "of");

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byName = new LinkedHashMap<>();
    private final TermTable terms;
    private final List<Descriptor> descriptors = new ArrayList<>();
    private final List<Descriptor> pendingDescriptors = new ArrayList<>();

    RegistryReader(String source) {
        super(source, new ArrayList<>());
        this.terms = new TermTable(source, problems);
    }

    Registry read(String yaml) {
        Node root;
        try {
            root = YamlTree.parse(yaml, source);
        } catch (IllegalArgumentException e) {
            throw new RegistryException(List.of(e.getMessage()));
        }
        if (!(root instanceof Mapping m)) {
            throw new RegistryException(List.of(source + ":" + root.line()
                    + ": expected sections countries:, institutions:, people:, descriptors:"));
        }
        for (var e : m.fields().entrySet()) {
            if (!SECTIONS.contains(e.getKey())) {
                problem(e.getValue().line(), "unknown section '" + e.getKey() + "' (expected " + SECTIONS + ")");
            }
        }
        items(m.get("countries")).forEach(this::country);
        items(m.get("institutions")).forEach(this::institution);
        List<Mapping> people = items(m.get("people"));
        List<Entity> persons = new ArrayList<>();
        for (Mapping p : people) {
            Entity e = person(p);
            if (e != null) {
                persons.add(e);
            }
        }
        items(m.get("descriptors")).forEach(this::descriptor);
        terms.addSurnames(persons, people);
        finishDescriptors(persons);
        if (!problems.isEmpty()) {
            throw new RegistryException(problems);
        }
        return new Registry(source, entities, descriptors, terms.terms());
    }

    private void country(Mapping n) {
        checkKeys(n, COUNTRY_KEYS);
        Entity e = define(n, Entity.Kind.COUNTRY, Gender.UNKNOWN, null, List.of());
        if (e == null) {
            return;
        }
        String capital = text(n, "capital");
        if (capital != null) {
            terms.add(Term.Kind.COUNTRY, capital, List.of(e), null, n.get("capital").line());
        }
        for (Scalar a : strings(n.get("aliases"))) {
            terms.add(Term.Kind.COUNTRY, a.text(), List.of(e), null, a.line());
        }
        for (Scalar a : strings(n.get("demonyms"))) {
            terms.add(Term.Kind.DEMONYM, a.text(), List.of(e), null, a.line());
        }
    }

    private void institution(Mapping n) {
        checkKeys(n, INSTITUTION_KEYS);
        String country = text(n, "country");
        if (country != null && !isKind(country, Entity.Kind.COUNTRY)) {
            problem(n.get("country").line(), "country '" + country + "' is not defined under countries:");
        }
        Entity e = define(n, Entity.Kind.INSTITUTION, Gender.UNKNOWN, country, List.of());
        if (e == null) {
            return;
        }
        for (Scalar a : strings(n.get("aliases"))) {
            terms.add(Term.Kind.INSTITUTION, a.text(), List.of(e), null, a.line());
        }
        for (Scalar a : strings(n.get("generic"))) {
            terms.addGeneric(a.text(), e, a.line());
        }
    }

    private Entity person(Mapping n) {
        checkKeys(n, PERSON_KEYS);
        Gender g = Gender.UNKNOWN;
        try {
            g = Gender.parse(text(n, "gender"));
        } catch (IllegalArgumentException ex) {
            problem(lineOf(n, "gender"), ex.getMessage());
        }
        String country = text(n, "country");
        String org = text(n, "organisation");
        if (country != null && org != null) {
            problem(n.line(), "give country or organisation, not both");
        }
        if (country != null && !isKind(country, Entity.Kind.COUNTRY)) {
            problem(n.get("country").line(), "country '" + country + "' is not defined under countries:");
        }
        if (org != null && !isKind(org, Entity.Kind.INSTITUTION)) {
            problem(n.get("organisation").line(), "organisation '" + org + "' is not defined under institutions:");
        }
        String affiliation = country != null ? country : org;
        List<Role> roles = new ArrayList<>();
        for (Mapping r : items(n.get("roles"))) {
            Role role = role(r, affiliation);
            if (role != null) {
                roles.add(role);
            }
        }
        Entity e = define(n, Entity.Kind.PERSON, g, affiliation, roles);
        if (e == null) {
            return null;
        }
        for (Scalar a : strings(n.get("aliases"))) {
            terms.add(Term.Kind.PERSON, a.text(), List.of(e), null, a.line());
        }
        return e;
    }

    private Role role(Mapping r, String affiliation) {
        checkKeys(r, ROLE_KEYS);
        String title = text(r, "title");
        String of = text(r, "of") != null ? text(r, "of") : affiliation;
        if (title == null || title.isBlank()) {
            problem(r.line(), "role without a title");
            return null;
        }
        if (of == null) {
            problem(r.line(), "role '" + title + "' needs 'of:' (the person has no country or organisation)");
            return null;
        }
        if (!byName.containsKey(key(of)) || byName.get(key(of)).isPerson()) {
            problem(r.line(), "role '" + title + "': '" + of + "' is not a country or institution of the registry");
            return null;
        }
        LocalDate from = date(r, "from", false);
        LocalDate to = date(r, "to", true);
        if (from == null) {
            if (r.get("from") == null) {
                problem(r.line(), "role '" + title + "' has no 'from:' date");
            }
            return null;
        }
        try {
            return new Role(title.trim(), byName.get(key(of)).name(), from, to, r.line());
        } catch (IllegalArgumentException ex) {
            problem(r.line(), ex.getMessage());
            return null;
        }
    }

    private void descriptor(Mapping n) {
        checkKeys(n, DESCRIPTOR_KEYS);
        String phrase = text(n, "phrase");
        if (phrase == null || phrase.isBlank()) {
            problem(n.line(), "descriptor without a phrase");
            return;
        }
        String of = text(n, "of");
        if (of != null && (!byName.containsKey(key(of)) || byName.get(key(of)).isPerson())) {
            problem(n.line(), "descriptor '" + phrase + "': '" + of + "' is not a country or institution");
            of = null;
        }
        List<String> roles = new ArrayList<>();
        strings(n.get("roles")).forEach(s -> roles.add(s.text().trim()));
        if (roles.isEmpty()) {
            problem(n.line(), "descriptor '" + phrase + "' lists no roles");
            return;
        }
        pendingDescriptors.add(new Descriptor(phrase.trim(), roles,
                of == null ? null : byName.get(key(of)).name(), n.line()));
    }

    private void finishDescriptors(List<Entity> persons) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Entity p : persons) {
            for (Role r : p.roles()) {
                titles.putIfAbsent(key(r.title()), r.title());
            }
        }
        Set<String> explicit = new java.util.HashSet<>();
        for (Descriptor d : pendingDescriptors) {
            for (String t : d.roles()) {
                if (!titles.containsKey(key(t))) {
                    problem(d.line(), "descriptor '" + d.phrase() + "': no person holds a role titled '" + t + "'");
                }
            }
            explicit.add(key(d.phrase()));
            descriptors.add(d);
            terms.add(Term.Kind.DESCRIPTOR, d.phrase(), List.of(), d, d.line());
        }
        for (String t : titles.values()) {
            if (!explicit.contains(key(t))) {
                Descriptor d = new Descriptor(t, List.of(t), null, 0);
                descriptors.add(d);
                terms.add(Term.Kind.DESCRIPTOR, t, List.of(), d, 0);
            }
        }
    }

    private Entity define(Mapping n, Entity.Kind kind, Gender g, String affiliation, List<Role> roles) {
        String name = text(n, "name");
        if (name == null || name.isBlank()) {
            problem(n.line(), "entry without a name");
            return null;
        }
        name = name.trim();
        Entity prev = byName.get(key(name));
        if (prev != null) {
            problem(lineOf(n, "name"), "duplicate canonical name '" + name + "' (first defined at line " + prev.line() + ")");
            return null;
        }
        Entity e = new Entity(kind, name, g, affiliation == null ? null : byName.get(key(affiliation)) == null
                ? affiliation : byName.get(key(affiliation)).name(), roles, n.line());
        byName.put(key(name), e);
        entities.add(e);
        terms.add(termKind(kind), name, List.of(e), null, lineOf(n, "name"));
        return e;
    }

    private static Term.Kind termKind(Entity.Kind k) {
        return switch (k) {
            case PERSON -> Term.Kind.PERSON;
            case INSTITUTION -> Term.Kind.INSTITUTION;
            case COUNTRY -> Term.Kind.COUNTRY;
        };
    }

    private boolean isKind(String name, Entity.Kind kind) {
        Entity e = byName.get(key(name));
        return e != null && e.kind() == kind;
    }







    static String key(String phrase) {
        StringBuilder b = new StringBuilder();
        for (Words.Word w : Words.of(phrase)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.folded());
        }
        return b.toString();
    }

}
