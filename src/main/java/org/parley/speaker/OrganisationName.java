package org.parley.speaker;

import java.util.List;
import java.util.Set;
import org.parley.speaker.PhraseIndex.Match;

/**
 * The proper name of an organisation the registry does not know, inside a speaker mention: a run
 * of title-case words (joined by "of", "for", "on", "and", "the") around an institution noun —
 * "the Council of Lakes", "a Council of Lakes official", "The Veridian Ministry of External Affairs".
 * Without it the bare noun ("Council", "Ministry") would read as the registry's generic reference
 * and name a real institution for a fictional or foreign one. A run containing a registry country,
 * demonym, institution or person is left to the registry ("the Turkish Foreign Ministry"), and so
 * is a run with no word of its own besides institution nouns, titles and registry terms ("the
 * Defense Ministry", "the Ministry"). Stateless and thread-safe.
 */
final class OrganisationName {

    /** A name found: the words {@code [from, to)} and the name as written. */
    record Found(int from, int to, String name) {

        boolean covers(int i) {
            return from <= i && i < to;
        }
    }

    static final Set<String> HEADS = Set.of("ministry", "council", "committee", "commission", "office", "agency",
            "department", "embassy", "institute", "organisation", "organization", "union", "party", "front",
            "service", "bank", "court", "parliament", "assembly", "government", "secretariat", "mission",
            "authority", "board", "bureau", "centre", "center", "foundation", "observatory", "federation",
            "league", "coalition", "alliance", "movement", "command", "directorate", "cabinet", "fund",
            "programme", "program", "association", "society", "watch", "forces", "army", "presidency", "cell",
            "group", "unit", "network", "panel", "force", "initiative", "taskforce");
    private static final Set<String> GLUE = Set.of("of", "for", "on", "and", "the");
    private static final Set<String> LEADING = Set.of("the", "a", "an", "one");

    private OrganisationName() {
    }

    /** The first organisation name in {@code words}, or null. */
    static Found find(String text, List<Words.Word> words, List<Match> matches) {
        int i = 0;
        while (i < words.size()) {
            if (!titleCase(words.get(i)) || LEADING.contains(words.get(i).folded())) {
                i++;
                continue;
            }
            int s = i;
            int e = i + 1;
            int j = i + 1;
            while (j < words.size()) {
                Words.Word w = words.get(j);
                if (titleCase(w) && !words.get(j - 1).possessive()) {
                    e = j + 1;
                    j++;
                } else if (GLUE.contains(w.raw()) && j + 1 < words.size()) {
                    j++;
                } else {
                    break;
                }
            }
            Found f = check(text, words, matches, s, e);
            if (f != null) {
                return f;
            }
            i = Math.max(e, i + 1);
        }
        return null;
    }

    private static Found check(String text, List<Words.Word> words, List<Match> matches, int s, int e) {
        int capitalised = 0;
        boolean head = false;
        boolean proper = false;
        for (int k = s; k < e; k++) {
            Words.Word w = words.get(k);
            if (titleCase(w)) {
                capitalised++;
                proper |= !HEADS.contains(w.folded()) && !NameShape.TITLES.contains(w.folded()) && !covered(matches, k);
            }
            head |= HEADS.contains(w.folded());
        }
        if (!head || !proper || capitalised < 2) {
            return null;
        }
        for (Match m : matches) {
            Term.Kind k = m.term().kind();
            if (m.from() < e && s < m.to() && k != Term.Kind.GENERIC && k != Term.Kind.DESCRIPTOR
                    && !(k == Term.Kind.INSTITUTION && ownQualifier(words, matches, s, m.from()))) {
                return null;
            }
        }
        return new Found(s, e, text.substring(words.get(s).start(), words.get(e - 1).end()));
    }

    /**
     * True when the run has a proper word of its own before a registry institution's alias: "the
     * Velmari National Coalition" is another body than the registry's "National Coalition", just as
     * a qualifier the registry does not know makes a role someone else's.
     */
    private static boolean ownQualifier(List<Words.Word> words, List<Match> matches, int s, int at) {
        for (int k = s; k < at; k++) {
            Words.Word w = words.get(k);
            if (titleCase(w) && !covered(matches, k) && !HEADS.contains(w.folded()) && !NameShape.TITLES.contains(w.folded())
                    && w.raw().codePoints().skip(1).anyMatch(Character::isLowerCase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(List<Match> matches, int k) {
        for (Match m : matches) {
            if (m.covers(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean titleCase(Words.Word w) {
        return w.capitalised();
    }
}
