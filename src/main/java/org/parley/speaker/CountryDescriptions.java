package org.parley.speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.speaker.ArticleContext.Kind;
import org.parley.speaker.ArticleContext.Source;
import org.parley.speaker.Attribution.Sieve;

/**
 * An unnamed delegate or government of a country the registry does not know but the article names:
 * "the Velmari government", "The Kalderan delegate" (a demonym: the country's name the article
 * writes, plus -n, -an, -ian, -i, -ese or -ish), and "Kaldera's representative" (a possessive name
 * the article also writes as a country: with a demonym, or after "the representative(s) of"). The
 * country speaks (ANNOTATION.md §2: a government speaking through its country; an unnamed
 * spokesperson of a named body is the body); a delegate stays a person for "he"/"she".
 *
 * <p>Conservative: a demonym needs the country's name written as a word in the same article, and a
 * possessive needs that second piece of evidence and must not be the surname of a person the article
 * names. Each word search is one linear pass, cached per word. Not thread-safe: one per article.
 */
final class CountryDescriptions {

    /** Heads that stand for the country as a body (it/they). */
    private static final Set<String> BODIES = Set.of("government", "authorities", "delegation");
    /** Heads that stand for one unnamed person speaking for the country (he/she). */
    private static final Set<String> DELEGATES = Set.of("delegate", "representative");
    private static final String[] SUFFIXES = {"ian", "an", "ese", "ish", "ic", "n", "i"};
    private static final String[] ENDINGS = {"", "a", "e", "y", "ia"};

    private final String text;
    private final ArticleNames names;
    private final Map<String, Boolean> written = new HashMap<>();

    CountryDescriptions(ArticleNames names) {
        this.text = names.text();
        this.names = names;
    }

    /** The country source {@code mention} stands for, or null when it is not of these shapes. */
    Source source(String mention, Reading r, int paragraph, int at) {
        List<Words.Word> w = Words.of(mention);
        int s = !w.isEmpty() && w.get(0).folded().equals("the") ? 1 : 0;
        if (w.size() != s + 2) {
            return null;
        }
        Words.Word first = w.get(s);
        String head = w.get(s + 1).folded();
        boolean body = BODIES.contains(head);
        if (!(body || DELEGATES.contains(head)) || !w.get(s + 1).lowercase() || !NameWords.nameCased(first)) {
            return null;
        }
        String country = first.possessive() ? (s == 0 ? possessiveCountry(first, at) : null) : demonymCountry(first.raw());
        if (country == null) {
            return null;
        }
        return body ? new Source(new Attribution(country, mention, Sieve.COUNTRY), null, Kind.COUNTRY, Gender.UNKNOWN,
                true, r.joint(), paragraph, at)
                : new Source(new Attribution(country, mention, Sieve.INSTITUTION), null, Kind.PERSON, r.gender(), false,
                r.joint(), paragraph, at);
    }

    /** "Kalderan" → "Kaldera" when the article writes "Kaldera"; null otherwise. */
    private String demonymCountry(String adjective) {
        for (String suffix : SUFFIXES) {
            if (adjective.length() < suffix.length() + 3 || !adjective.endsWith(suffix)) {
                continue;
            }
            String stem = adjective.substring(0, adjective.length() - suffix.length());
            for (String ending : ENDINGS) {
                String candidate = stem + ending;
                if (!candidate.equals(adjective) && writes(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** "Kaldera's": a country when the article also writes its demonym or "representative(s) of Kaldera". */
    private String possessiveCountry(Words.Word x, int at) {
        String name = x.raw();
        if (names.fullName(x.folded(), at) != null) {
            return null; // "Sandell's representative": a person's
        }
        if (writes("representative of " + name) || writes("representatives of " + name)) {
            return name;
        }
        String stem = name.matches(".*[aeiouy]$") ? name.substring(0, name.length() - 1) : name;
        for (String base : new String[] {name, stem}) {
            for (String suffix : SUFFIXES) {
                if (!(base + suffix).equals(name) && writes(base + suffix)) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * "Kaldera's Transport Ministry" → "Kalderan Transport Ministry": an organisation name {@code org}
     * right after a country's possessive in {@code mention} is named with the country's demonym when
     * the article writes one (as "Kalderan" elsewhere); {@code org} unchanged otherwise. A country's
     * body is the country's, and its demonym form is the name the body goes by.
     */
    String withDemonym(String mention, String org) {
        int i = mention.indexOf(org);
        if (i <= 0) {
            return org;
        }
        List<Words.Word> w = Words.of(mention.substring(0, i));
        if (w.isEmpty() || !w.get(w.size() - 1).possessive() || !NameWords.nameCased(w.get(w.size() - 1))) {
            return org;
        }
        String name = w.get(w.size() - 1).raw();
        String stem = name.matches(".*[aeiouy]$") ? name.substring(0, name.length() - 1) : name;
        for (String base : new String[] {name, stem}) {
            for (String suffix : SUFFIXES) {
                if (!(base + suffix).equals(name) && writes(base + suffix)) {
                    return base + suffix + " " + org;
                }
            }
        }
        return org;
    }

    /** Whether the article writes {@code phrase} as whole words. */
    private boolean writes(String phrase) {
        return written.computeIfAbsent(phrase, this::find);
    }

    private boolean find(String phrase) {
        int i = text.indexOf(phrase);
        while (i >= 0) {
            int e = i + phrase.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e));
            if (before && after) {
                return true;
            }
            i = text.indexOf(phrase, e);
        }
        return false;
    }
}
