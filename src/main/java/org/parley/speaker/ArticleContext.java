package org.parley.speaker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.speaker.Attribution.Sieve;

/**
 * The state of attribution inside one article: the sources of the quotes attributed so far (most
 * recent last) and where the article names registry entries. Resolves what a {@link Reading}
 * leaves open — pronouns, roles, generic institutions, shared surnames — from that context.
 * Quote sources take priority over mere mentions in the text. Back-references without a name go to
 * {@link BackReferences}, choices among registry entries to {@link RegistryChoices}, pronouns to
 * {@link Pronouns}, role labels of transcripts to {@link TranscriptLabels}, descriptions the article
 * links to a name to {@link DescribedNames}, unnamed delegates of a named country to
 * {@link CountryDescriptions}.
 *
 * <p>Not thread-safe: one per article, used by one thread.
 */
final class ArticleContext {

    /** What a source is, for pronoun agreement. */
    enum Kind { PERSON, INSTITUTION, COUNTRY, ANONYMOUS, NONE }

    /** A resolved quote source. */
    record Source(Attribution attribution, Entity entity, Kind kind, Gender gender, boolean plural, boolean joint,
                  int paragraph, int offset) {
    }

    /** How many paragraphs back a quote source stays preferred over a person named in the text since. */
    static final int PRONOUN_REACH = 3;

    private final ArticleScan scan;
    private final List<Source> history = new ArrayList<>();
    private final Map<String, String> unregisteredBySurname = new HashMap<>();
    private final ArticleNames names;
    private final BackReferences backRefs;
    private final Documents documents;
    private final RegistryChoices choices;
    private final TranscriptLabels labels;
    private final DescribedNames describedNames;
    private final CountryDescriptions countries;
    private final Pronouns pronouns;

    ArticleContext(Registry registry, LocalDate date, ArticleScan scan) {
        this(registry, date, scan, new ArticleNames(""));
    }

    ArticleContext(Registry registry, LocalDate date, ArticleScan scan, ArticleNames names) {
        this.scan = scan;
        this.names = names;
        this.backRefs = new BackReferences(history, names, PRONOUN_REACH);
        this.documents = new Documents(history, names.text());
        this.choices = new RegistryChoices(registry, date, scan, history);
        this.labels = new TranscriptLabels(history, scan, names);
        this.describedNames = new DescribedNames(names.text());
        this.countries = new CountryDescriptions(names);
        this.pronouns = new Pronouns(history, scan, names, describedNames);
    }

    Source last() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    void push(Source s) {
        history.add(s);
    }

    /** Resolves a reading of {@code mention} found at UTF-16 offset {@code at} in paragraph {@code paragraph}. */
    Source resolve(Reading r, String mention, int paragraph, int at) {
        Sieve named = r.transcript() ? Sieve.TRANSCRIPT : Sieve.NAME;
        if (TranscriptLabels.handles(mention)) {
            return labels.resolve(mention, paragraph, at);
        }
        if (r.type() == Reading.Type.ANONYMOUS && !r.plural() && isSingleName(mention)) {
            String full = names.fullName(Words.of(mention).get(0).folded(), at);
            if (full != null) {
                Gender g = r.gender() != Gender.UNKNOWN ? r.gender() : names.genderOf(full);
                return new Source(new Attribution(full, mention, named), null, Kind.PERSON, g, false, r.joint(),
                        paragraph, at);
            }
        }
        Source issuer = r.type() == Reading.Type.PERSON ? null : documents.issuer(mention, paragraph, at);
        if (issuer != null) {
            return issuer;
        }
        Source bySurname = titledSurname(r, mention, named, paragraph, at);
        if (bySurname != null) {
            return bySurname;
        }
        Source country = r.type() == Reading.Type.ANONYMOUS ? countries.source(mention, r, paragraph, at) : null;
        if (country != null) {
            return country;
        }
        String described = r.type() == Reading.Type.ANONYMOUS && !r.plural() ? describedNames.nameOf(mention, at) : null;
        if (described != null) {
            Gender g = r.gender() != Gender.UNKNOWN ? r.gender() : names.genderOf(described);
            return new Source(new Attribution(described, mention, Sieve.NAME), null, Kind.PERSON, g, false, r.joint(),
                    paragraph, at);
        }
        if (r.type() == Reading.Type.ANONYMOUS && isDefiniteTitle(mention)) {
            List<Words.Word> mw = Words.of(mention);
            String titled = names.titled(mw.get(mw.size() - 1).folded(), at);
            if (titled != null) {
                Gender g = r.gender() != Gender.UNKNOWN ? r.gender() : names.genderOf(titled);
                return new Source(new Attribution(titled, mention, Sieve.ROLE), null, Kind.PERSON, g, false,
                        r.joint(), paragraph, at);
            }
        }
        if (r.type() == Reading.Type.GENERIC || (r.type() == Reading.Type.ANONYMOUS && !r.plural())) {
            Source org = backRefs.organisation(mention, r, paragraph, at);
            if (org != null) {
                return org;
            }
        }
        if (r.type() == Reading.Type.ANONYMOUS && !r.plural()) {
            Source back = backRefs.definite(mention, paragraph, at);
            if (back != null) {
                return back;
            }
        }
        return switch (r.type()) {
            case PERSON -> person(r.entity(), mention, named, r, paragraph, at);
            case UNREGISTERED -> unregistered(r, mention, named, paragraph, at);
            case AMBIGUOUS -> {
                Entity e = choices.ambiguous(r.candidates(), at);
                yield e != null ? person(e, mention, named, r, paragraph, at)
                        : unregistered(r, mention, named, paragraph, at);
            }
            case ROLE -> {
                Entity e = choices.role(r, at);
                if (e != null && !choices.mentioned(e, at)) {
                    Source back = backRefs.definite(mention, paragraph, at);
                    if (back != null) {
                        yield back;
                    }
                }
                if (e != null) {
                    yield person(e, mention, r.transcript() ? Sieve.TRANSCRIPT : Sieve.ROLE, r, paragraph, at);
                }
                if (r.entity() != null) {
                    yield group(r.entity(), mention, Sieve.INSTITUTION, r, paragraph, at);
                }
                List<Words.Word> mw = Words.of(mention);
                String titled = mw.isEmpty() ? null : names.titled(mw.get(mw.size() - 1).folded(), at);
                yield titled != null ? new Source(new Attribution(titled, mention, Sieve.ROLE), null, Kind.PERSON,
                        r.gender() != Gender.UNKNOWN ? r.gender() : names.genderOf(titled), false, r.joint(), paragraph,
                        at) : none(mention, paragraph, at);
            }
            case INSTITUTION -> group(r.entity(), mention, Sieve.INSTITUTION, r, paragraph, at);
            case ORGANISATION -> new Source(new Attribution(countries.withDemonym(mention, r.name()), mention, Sieve.INSTITUTION), null,
                    Kind.INSTITUTION, Gender.UNKNOWN, true, r.joint(), paragraph, at);
            case COUNTRY -> group(r.entity(), mention, Sieve.COUNTRY, r, paragraph, at);
            case GENERIC -> {
                Entity e = choices.generic(r, at);
                yield e != null ? group(e, mention, Sieve.INSTITUTION, r, paragraph, at) : none(mention, paragraph, at);
            }
            case PRONOUN -> pronouns.resolve(r, mention, paragraph, at);
            case REPRESENTATIVE -> new Source(new Attribution(r.name(), mention, Sieve.INSTITUTION), null, Kind.PERSON,
                    r.gender(), false, r.joint(), paragraph, at);
            case ANONYMOUS -> new Source(new Attribution(null, mention, Sieve.ANONYMOUS), null, Kind.ANONYMOUS,
                    r.gender(), r.plural(), r.joint(), paragraph, at);
        };
    }

    /**
     * "Ms Varga", "Dr van der Brenner", "Mr Aronsen-Lund": an honorific or title and a surname the
     * article wrote out in full earlier (or later) is that person, whatever the tagger makes of it.
     */
    private Source titledSurname(Reading r, String mention, Sieve named, int paragraph, int at) {
        if (r.type() != Reading.Type.ANONYMOUS && r.type() != Reading.Type.UNREGISTERED) {
            return null;
        }
        List<Words.Word> mw = Words.of(mention);
        int last = NameParts.titledSurname(mention, mw);
        String full = last < 0 ? null : names.fullName(mw.get(last).folded(), at);
        if (full == null) {
            return null;
        }
        Gender g = r.gender() != Gender.UNKNOWN ? r.gender() : names.genderOf(full);
        return new Source(new Attribution(full, mention, named), null, Kind.PERSON, g, false, r.joint(), paragraph, at);
    }

    private Source person(Entity e, String mention, Sieve sieve, Reading r, int paragraph, int at) {
        return new Source(new Attribution(e.name(), mention, sieve), e, Kind.PERSON, e.gender(), false, r.joint(),
                paragraph, at);
    }

    private Source group(Entity e, String mention, Sieve sieve, Reading r, int paragraph, int at) {
        Kind k = e.kind() == Entity.Kind.COUNTRY ? Kind.COUNTRY : Kind.INSTITUTION;
        return new Source(new Attribution(e.name(), mention, sieve), e, k, Gender.UNKNOWN, true, r.joint(), paragraph, at);
    }

    static Source none(String mention, int paragraph, int at) {
        return new Source(new Attribution(null, mention, Sieve.NONE), null, Kind.NONE, Gender.UNKNOWN, false, false,
                paragraph, at);
    }

    private Source unregistered(Reading r, String mention, Sieve sieve, int paragraph, int at) {
        String name = r.name();
        List<Words.Word> w = Words.of(name);
        String lastWord = w.get(w.size() - 1).folded();
        boolean bare = false;
        if (w.size() == 1 || !name.contains(" ")) { // "Masri", "al-Masri", "Lopez-Vidal": a surname alone
            String known = unregisteredBySurname.get(lastWord);
            String full = known != null ? known : names.fullName(lastWord, at);
            full = full != null || w.size() != 1 ? full : names.byGivenName(lastWord, at);
            bare = full == null;
            name = full != null ? full : name;
        } else {
            unregisteredBySurname.put(lastWord, name);
        }
        Gender g = r.gender() != Gender.UNKNOWN ? r.gender() : names.genderOf(name);
        Source before = bare ? earlierPerson(name) : null;
        if (before != null) {
            bare = false; // "a woman who gave her name only as Rana" … "Rana said": a person already
            g = g != Gender.UNKNOWN ? g : before.gender();
        }
        // One word never given a first name or an honorific is more likely a capital or a body than a
        // person ("Velmar said its boats …"): it stays the speaker but is no antecedent for "he"/"she".
        Kind kind = bare && g == Gender.UNKNOWN && !r.transcript() ? Kind.INSTITUTION : Kind.PERSON;
        return new Source(new Attribution(name, mention, sieve), null, kind, g, false, r.joint(), paragraph, at);
    }

    /** How many quote sources back {@link #earlierPerson} looks (bounds the work on huge articles). */
    private static final int PERSON_REACH = 200;

    /** The latest quote source that is a person called {@code name}, or null. */
    private Source earlierPerson(String name) {
        for (int i = history.size() - 1; i >= 0 && i >= history.size() - PERSON_REACH; i--) {
            Source h = history.get(i);
            if (h.kind() == Kind.PERSON && name.equals(h.attribution().speaker())) {
                return h;
            }
        }
        return null;
    }

    /** "The Minister", "the State Secretary": a definite description made of title words only. */
    private static boolean isDefiniteTitle(String mention) {
        List<Words.Word> w = Words.of(mention);
        if (w.size() < 2 || !w.get(0).folded().equals("the")) {
            return false;
        }
        for (int i = 1; i < w.size(); i++) {
            if (!NameShape.TITLES.contains(w.get(i).folded()) || w.get(i).possessive()) {
                return false;
            }
        }
        return true;
    }

    /** One title-case word ("Okonjo", "MARROW"), which may be the surname of someone named in full earlier. */
    private static boolean isSingleName(String mention) {
        List<Words.Word> w = Words.of(mention);
        return w.size() == 1 && w.get(0).capitalised() && !w.get(0).possessive()
                && !NameShape.TITLES.contains(w.get(0).folded());
    }
}
