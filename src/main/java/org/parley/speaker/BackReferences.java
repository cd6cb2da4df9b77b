package org.parley.speaker;

import java.util.List;
import org.parley.speaker.ArticleContext.Kind;
import org.parley.speaker.ArticleContext.Source;
import org.parley.speaker.Attribution.Sieve;

/**
 * Back-references without a name: a definite description of a person ("the diplomat", "the head of
 * the region") and a generic institution noun for an organisation quoted before ("a ministry
 * spokeswoman"). Reads the article's quote sources so far (shared with {@link ArticleContext}, most
 * recent last) and its full names.
 *
 * <p>Not thread-safe: one per article, owned by its {@link ArticleContext}.
 */
final class BackReferences {

    private final List<Source> history;
    private final ArticleNames names;
    /** How many paragraphs back a quote source stays a candidate. */
    private final int reach;

    BackReferences(List<Source> history, ArticleNames names, int reach) {
        this.history = history;
        this.names = names;
        this.reach = reach;
    }

    /** Folded heads of definite descriptions that may point back to a person ("the diplomat"). */
    private static final java.util.Set<String> PERSON_NOUNS = java.util.Set.of("diplomat", "official", "envoy",
            "minister", "spokesman", "spokeswoman", "spokesperson", "ambassador", "negotiator", "mediator",
            "source", "officer", "commander", "secretary", "president", "leader", "politician", "lawmaker",
            "senator", "chief", "representative", "adviser", "advisor", "deputy", "general", "man", "woman", "head",
            "governor", "mayor", "chairman", "chairwoman", "chair", "chairperson", "director", "commissioner", "prosecutor", "premier",
            "chancellor");

    /**
     * "The diplomat noted", "the envoy said", "The Talmoran official stressed", "the head of the
     * region said": a definite description of a person ({@link RoleBack#head}), which news uses for
     * someone it has just quoted or named. In order: the last quote source (within
     * {@code reach} paragraphs) whose own mention had the same head; the one person the
     * article described with all the description's words ("Anton Kirsch, the head of the Velmar
     * region"); the person the article named last with that title ("Special Envoy Johan Ekdal"); for
     * a short description (up to four words), the last single-person quote source within reach.
     * Null when the mention is not of that shape or nothing fits, so the caller's reading stands.
     */
    Source definite(String mention, int paragraph, int at) {
        List<Words.Word> w = Words.of(mention);
        String head = RoleBack.head(w, PERSON_NOUNS);
        if (head == null) {
            return null;
        }
        boolean shortForm = w.size() <= 4;
        Source fallback = null;
        for (int i = history.size() - 1; i >= 0; i--) {
            Source h = history.get(i);
            if (h.paragraph() < paragraph - reach) {
                break;
            }
            if (!(h.kind() == Kind.PERSON || h.kind() == Kind.ANONYMOUS) || h.plural() || h.joint()
                    || h.attribution().mention() == null) {
                continue;
            }
            List<Words.Word> hm = Words.of(h.attribution().mention());
            boolean sameHead = hm.stream().anyMatch(x -> x.folded().equals(head))
                    && !Descriptions.second(RoleBack.content(hm), RoleBack.content(w));
            if (sameHead) {
                return back(h, mention, paragraph, at);
            }
            if (fallback == null && (h.attribution().speaker() != null || hm.size() > 1)
                    && !PRONOUNS.contains(hm.get(0).folded())) {
                fallback = h;
            }
        }
        String described = names.describedAs(RoleBack.content(w), at);
        String titled = described != null ? described : names.titled(head, at);
        if (titled != null) {
            return new Source(new Attribution(titled, mention, Sieve.ROLE), null, Kind.PERSON, names.genderOf(titled),
                    false, false, paragraph, at);
        }
        return fallback == null || !shortForm ? null : back(fallback, mention, paragraph, at);
    }

    /** How many quote sources back an organisation is looked for (bounds the work on huge articles). */
    private static final int ORGANISATION_REACH = 50;

    /**
     * "a ministry spokeswoman", "the press service of the Council": a generic institution noun
     * after the article quoted an organisation the registry does not know whose name has that noun
     * ("The Veridian Ministry of External Affairs said …") is that organisation; the article speaks of
     * its own institutions, not of a registry one it never named. Null when no earlier source fits.
     */
    Source organisation(String mention, Reading r, int paragraph, int at) {
        String noun = null;
        for (Words.Word w : Words.of(mention)) {
            if (OrganisationName.HEADS.contains(w.folded())) {
                noun = w.folded();
            }
        }
        if (noun == null) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0 && i >= history.size() - ORGANISATION_REACH; i--) {
            Source h = history.get(i);
            String name = h.attribution().speaker();
            if (h.kind() != Kind.INSTITUTION || h.entity() != null || name == null) {
                continue;
            }
            String n = noun;
            if (Words.of(name).stream().anyMatch(x -> x.folded().equals(n))) {
                return new Source(new Attribution(name, mention, Sieve.INSTITUTION), null, Kind.INSTITUTION,
                        Gender.UNKNOWN, true, r.joint(), paragraph, at);
            }
        }
        return null;
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "him", "her", "they", "it");

    private static Source back(Source h, String mention, int paragraph, int at) {
        Sieve sieve = h.attribution().speaker() == null ? Sieve.ANONYMOUS : Sieve.ROLE;
        return new Source(new Attribution(h.attribution().speaker(), mention, sieve), h.entity(), h.kind(), h.gender(),
                false, false, paragraph, at);
    }

}
