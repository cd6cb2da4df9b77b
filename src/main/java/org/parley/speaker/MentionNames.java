package org.parley.speaker;

import static org.parley.speaker.MentionLexicon.CUT;
import static org.parley.speaker.MentionLexicon.INDEFINITE;
import static org.parley.speaker.MentionLexicon.TAIL;

import java.util.List;
import java.util.Set;
import org.parley.speaker.PhraseIndex.Match;

/**
 * Full names written inside a speaker mention, found by shape: a segment that is only a name
 * ("Anja Pellkamp") and a name closing a long title ("Deputy Foreign Minister for Political Affairs
 * Ali Bakri"). A name found this way is the speaker even when the registry does not know it and the
 * POS tagger would not tag it. Stateless and thread-safe.
 */
final class MentionNames {

    private MentionNames() {
    }

    /** Title words that never open the title before a name. */
    private static final Set<String> NOT_TITLES = Set.of("the", "a", "an", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "western", "arab", "gulf", "european", "kurdish", "sunni",
            "shia", "shiite", "islamist", "state");

    /**
     * A segment that is nothing but a full name ("Anja Pellkamp", "Omar al-Rashid"): two to four
     * name-cased words (name particles between them allowed), none a title, an organisation head or
     * a registry phrase. An explicit name in apposition always wins over the description before it,
     * so this does not depend on the POS tagger knowing the name. Null otherwise.
     */
    static String plainName(Registry registry, String text, int from, int to) {
        List<Words.Word> words = Words.of(text, from, to);
        if (words.size() < 2 || words.size() > 4) {
            return null;
        }
        List<Match> matches = registry.scan(words, Set.of());
        int names = 0;
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            boolean particle = i > 0 && i < words.size() - 1 && NameParts.PARTICLES.contains(w.folded());
            if (particle) {
                continue;
            }
            if (!nameWord(words, matches, i)) {
                return null;
            }
            names++;
        }
        return names >= 2 ? text.substring(words.get(0).start(), words.get(words.size() - 1).end()) : null;
    }

    /**
     * "Deputy Foreign Minister for Political Affairs Ali Bakri", "Talmoran Foreign Ministry Spokesman
     * Reza Karimi": a title, however long and whatever institution it names, then a full name the
     * registry does not know as the last words. The name is the speaker; without this the head
     * search stops at the first preposition or takes the institution. The name is the last two
     * name-cased words (three after a bare title: "Minister Mohammad Javad Zarif"), and must follow
     * a title, a capitalised word or a common noun ("the Chairman of the commission Piet Vandermolen"),
     * not a preposition, so "an envoy in New York" is not read as a name.
     */
    static String trailingName(String text, List<Words.Word> words, List<Match> matches) {
        int n = words.size();
        if (n < 3 || !nameWord(words, matches, n - 1)) {
            return null;
        }
        int from = NameParts.surnameStart(text, words, n - 1, k -> nameWord(words, matches, k)) - 1;
        if (from < 1 || !nameWord(words, matches, from)) {
            return null;
        }
        if (from >= 2 && nameWord(words, matches, from - 1) && isTitle(words.get(from - 2))) {
            from--;
        }
        Words.Word before = words.get(from - 1);
        boolean noun = before.lowercase() && !CUT.contains(before.folded()) && !INDEFINITE.contains(before.folded())
                && !NOT_TITLES.contains(before.folded()) && !TAIL.contains(before.folded());
        if (!(before.capitalised() || isTitle(before) || noun) || before.possessive()) {
            return null;
        }
        for (int i = 0; i < from; i++) {
            if (isTitle(words.get(i))) {
                return text.substring(words.get(from).start(), words.get(n - 1).end());
            }
        }
        return null;
    }

    private static boolean isTitle(Words.Word w) {
        return NameShape.TITLES.contains(w.folded()) && !NOT_TITLES.contains(w.folded());
    }

    static boolean nameWord(List<Words.Word> words, List<Match> matches, int i) {
        Words.Word w = words.get(i);
        return w.capitalised() && !w.possessive() && w.raw().codePoints().skip(1).anyMatch(Character::isLowerCase)
                && !NameShape.TITLES.contains(w.folded()) && !OrganisationName.HEADS.contains(w.folded())
                && !MentionLexicon.PLACE_HEADS.contains(w.folded())
                && PhraseIndex.covering(matches, i) == null;
    }
}
