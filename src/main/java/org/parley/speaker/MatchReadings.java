package org.parley.speaker;

import java.util.List;
import org.parley.speaker.PhraseIndex.Match;
import org.parley.speaker.Reading.Type;

/**
 * What a registry phrase found at a mention's head makes of the mention: a person, a shared surname,
 * an institution or country, a generic institution noun or a role qualified by the country or body
 * named next to it ("Washington's top diplomat"), or an unnamed description when the role belongs to
 * a body the registry does not know ("Ostrand's chief negotiator"). Stateless and thread-safe.
 */
final class MatchReadings {

    private MatchReadings() {
    }

    static Reading fromMatch(Match m, List<Match> matches, List<Words.Word> words, Gender g) {
        Term t = m.term();
        return switch (t.kind()) {
            case PERSON -> Reading.of(Type.PERSON, t.entity());
            case AMBIGUOUS_SURNAME -> new Reading(Type.AMBIGUOUS, null, t.entities(), null, null,
                    rawOf(words, m), Gender.UNKNOWN, false, false, false);
            case INSTITUTION -> Reading.of(Type.INSTITUTION, t.entity());
            case COUNTRY -> Reading.of(Type.COUNTRY, t.entity());
            case GENERIC -> new Reading(Type.GENERIC, null, t.entities(), null, qualifier(matches, m), null,
                    Gender.UNKNOWN, false, false, false);
            case DESCRIPTOR -> {
                Reading inst = institutionIn(matches, words);
                String q = qualifier(matches, m);
                if (q == null && (inst == null || inst.type() != Type.INSTITUTION) && foreignQualifier(words, matches, m)) {
                    yield Reading.anonymous(g, false);
                }
                yield new Reading(Type.ROLE, inst != null && inst.type() == Type.INSTITUTION ? inst.entity() : null,
                        List.of(), t.descriptor(), q, null, g, false, false, false);
            }
            case DEMONYM -> Reading.anonymous(g, false);
        };
    }

    /**
     * True when the role is qualified by a country or body the registry does not know: a
     * capitalised possessive or modifier right before it ("Ostrand's chief negotiator", "the
     * Vessarian envoy"), or "of"/"for" and a capitalised name right after it ("the chief negotiator
     * of Ostrand"). A registry holder of that role belongs to another country or body, so the
     * mention is an unnamed description, not that holder.
     */
    private static boolean foreignQualifier(List<Words.Word> words, List<Match> matches, Match m) {
        for (int i = m.from() - 1; i >= 0; i--) {
            Words.Word w = words.get(i);
            if (PhraseIndex.covering(matches, i) != null || !w.capitalised() || NameShape.TITLES.contains(w.folded())) {
                break;
            }
            if (w.raw().codePoints().skip(1).anyMatch(Character::isLowerCase)) {
                return true;
            }
        }
        int a = m.to();
        if (a + 1 < words.size() && (words.get(a).folded().equals("of") || words.get(a).folded().equals("for"))) {
            int b = words.get(a + 1).folded().equals("the") ? a + 2 : a + 1;
            return b < words.size() && PhraseIndex.covering(matches, b) == null && words.get(b).capitalised()
                    && !NameShape.TITLES.contains(words.get(b).folded());
        }
        return false;
    }

    /** The institution a spokesperson-type mention names (specific first, then generic). */
    static Reading institutionIn(List<Match> matches, List<Words.Word> words) {
        for (Match x : matches) {
            if (x.term().kind() == Term.Kind.INSTITUTION) {
                return Reading.of(Type.INSTITUTION, x.term().entity());
            }
        }
        for (Match x : matches) {
            if (x.term().kind() == Term.Kind.GENERIC) {
                return new Reading(Type.GENERIC, null, x.term().entities(), null, qualifier(matches, x), null,
                        Gender.UNKNOWN, false, false, false);
            }
        }
        return null;
    }

    /** The country or organisation named nearest before {@code head}'s match, else nearest after. */
    private static String qualifier(List<Match> matches, Match head) {
        String before = null;
        String after = null;
        for (Match x : matches) {
            Term.Kind k = x.term().kind();
            if (x == head || !(k == Term.Kind.COUNTRY || k == Term.Kind.DEMONYM || k == Term.Kind.INSTITUTION)) {
                continue;
            }
            if (x.to() <= head.from()) {
                before = x.term().entity().name();
            } else if (after == null) {
                after = x.term().entity().name();
            }
        }
        return before != null ? before : after;
    }

    private static String rawOf(List<Words.Word> words, Match m) {
        StringBuilder b = new StringBuilder();
        for (int i = m.from(); i < m.to(); i++) {
            b.append(i > m.from() ? " " : "").append(words.get(i).raw());
        }
        return b.toString();
    }
}
