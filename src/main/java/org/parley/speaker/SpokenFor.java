package org.parley.speaker;

import java.util.List;
import java.util.Set;
import org.parley.speaker.PhraseIndex.Match;
import org.parley.speaker.Reading.Type;

/**
 * Mentions of someone speaking for a named body rather than as themselves: "the representative of
 * Valdoria" (the body speaks, the reading stays a person for pronouns), "The official representative
 * of the X Ministry, Name" (a description that yields to the name in apposition) and "the Velmarian
 * embassy" (a country's mission, an institution under that name). Stateless and thread-safe.
 */
final class SpokenFor {

    /** Heads of "the representative of X", who speaks for X (ANNOTATION.md §2: an unnamed spokesperson). */
    private static final Set<String> DELEGATES = Set.of("representative", "delegate", "representatives", "delegates");
    private static final Set<String> PLURAL_DELEGATES = Set.of("representatives", "delegates");

    private SpokenFor() {
    }

    /**
     * True when the segment names a person who speaks for an organisation ("The official
     * representative of the X Ministry", "A spokesman for the Council of Lakes"): a delegate or
     * spokesperson word before its first "of"/"for". Such a description yields to a name in
     * apposition, like any other.
     */
    static boolean personHeaded(String text, int[] segment) {
        for (Words.Word w : Words.of(text, segment[0], segment[1])) {
            String f = w.folded();
            if (f.equals("of") || f.equals("for")) {
                return false;
            }
            if (DELEGATES.contains(f) || MentionReader.LINKS.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The representative of Valdoria", "the delegate of the Council of Lakes": an unnamed person
     * speaking for a named country or body, which is the speaker; the reading stays a person for
     * pronoun agreement ("She added …"). Null when the mention is not of that shape.
     */
    static Reading represented(String text, List<Words.Word> words, List<Match> matches, Gender g) {
        if (words.isEmpty()) {
            return null;
        }
        String lead = words.get(0).folded();
        int h = lead.equals("the") || lead.equals("a") || lead.equals("an") ? 1 : 0;
        if (h < words.size() && words.get(h).folded().equals("permanent")) {
            h++;
        }
        if (h + 2 >= words.size() || !DELEGATES.contains(words.get(h).folded())
                || !(words.get(h + 1).folded().equals("of") || words.get(h + 1).folded().equals("for"))) {
            return null;
        }
        int s = h + 2;
        if (s < words.size() && words.get(s).folded().equals("the")) {
            s++;
        }
        if (s >= words.size() || words.size() - s > 5) {
            return null;
        }
        boolean plural = PLURAL_DELEGATES.contains(words.get(h).folded());
        int to = firstOfJoint(words, s);
        boolean joint = to < words.size();
        for (int i = s; i < words.size(); i++) {
            Words.Word w = words.get(i);
            Match m = PhraseIndex.covering(matches, i);
            if (!(w.capitalised() || GLUE.contains(w.folded())) || (m != null && (m.term().kind() == Term.Kind.PERSON
                    || m.term().kind() == Term.Kind.AMBIGUOUS_SURNAME))) {
                return null;
            }
        }
        Match whole = PhraseIndex.covering(matches, s);
        String name = whole != null && whole.from() == s && whole.to() == to
                && whole.term().entity() != null
                ? whole.term().entity().name() : text.substring(words.get(s).start(), words.get(to - 1).end());
        return new Reading(Type.REPRESENTATIVE, null, List.of(), null, null, name, g, plural && !joint, joint, false);
    }

    /**
     * "the representatives of Kaldera and Orsk": the end of the first of two capitalised names joined
     * by "and" (a joint subject is its first member, ANNOTATION.md §2), else the end of the words.
     */
    private static int firstOfJoint(List<Words.Word> words, int s) {
        for (int i = s + 1; i + 1 < words.size(); i++) {
            if (words.get(i).folded().equals("and") && words.get(i - 1).capitalised() && words.get(i + 1).capitalised()) {
                return i;
            }
        }
        return words.size();
    }

    private static final Set<String> GLUE = Set.of("of", "and", "for", "the");

    /** Lower-case heads of a country's mission abroad, named by its adjective ("the Velmarian embassy"). */
    private static final Set<String> MISSIONS = Set.of("embassy", "consulate");

    /**
     * "The Velmarian embassy": one capitalised word the registry does not know, then a lower-case
     * mission noun, is a named country's embassy, an institution speaking under that name (like "the
     * Velmarian Fisheries Ministry"). Null otherwise; a registry country's embassy is left to the
     * registry.
     */
    static String mission(String text, List<Words.Word> words, List<Match> matches) {
        int s = !words.isEmpty() && words.get(0).folded().equals("the") ? 1 : 0;
        if (words.size() != s + 2) {
            return null;
        }
        Words.Word adj = words.get(s);
        Words.Word head = words.get(s + 1);
        if (!NameWords.nameCased(adj) || adj.possessive() || PhraseIndex.covering(matches, s) != null
                || NameShape.TITLES.contains(adj.folded()) || !head.lowercase() || !MISSIONS.contains(head.folded())) {
            return null;
        }
        return text.substring(adj.start(), head.end());
    }
}
