package org.parley.quote;

import java.util.List;
import java.util.Set;

/**
 * Two shapes where the words of a source are reported without the usual "SOURCE said": the
 * impersonal passive ("It was noted that …") and the naming relative ("what one mediator later
 * called “a competition in grievance”"). Stateless and thread-safe; each check looks at a few tokens.
 */
final class Passives {

    /** Auxiliaries of a perfect passive ("it has been noted"). */
    private static final Set<String> PERFECT = Set.of("has", "had", "have");
    /** Verbs of naming that quote the namer's words in "what X called “…”". */
    private static final Set<String> NAMING = Set.of("called", "termed", "dubbed", "described");

    private Passives() {
    }

    /**
     * "It was noted that …", "It has been stressed that …": an impersonal passive of a speech verb
     * reports words without naming who said them (a readout's "the sides"), so it is an
     * {@code indirect} quote with no mention (ANNOTATION.md: speaker null), never the previous
     * quote's speaker. Only with "it" opening the clause (the sentence, or after a comma or "and")
     * and "that" after the verb; any other passive ("the plan was announced") reports an action.
     *
     * @param be    index of the form of "be" right before the speech verb
     * @param after index just after the speech verb
     * @return the index of the reported clause's first token (after "that"), or -1 when not this shape
     */
    static int agentlessClause(List<Token> t, int be, int after) {
        int j = be - 1;
        if (j >= 0 && t.get(j).isWord() && PERFECT.contains(t.get(j).lower())) {
            j--;
        }
        if (j < 0 || !t.get(j).is("it") || (j > 0 && !t.get(j - 1).is(",") && !t.get(j - 1).is("and"))) {
            return -1;
        }
        int k = Adverbials.skip(t, after, t.size());
        return k < t.size() && t.get(k).is("that") ? k + 1 : -1;
    }

    /** Passive verbs that hedge a report of speech ("is reported to have told", "was said to have warned"). */
    private static final Set<String> HEDGES = Set.of("reported", "said", "quoted", "alleged");

    /**
     * "Vorst is also reported to have told the committee that …": the subject of a hedged passive
     * before the perfect infinitive of the speech verb at {@code verb} is the source. Cognition verbs
     * after the hedge ("is understood to believe") are not speech verbs and never reach here.
     *
     * @return the subject, or null when the words before the verb are not "be (adverb) HEDGE to have"
     */
    static Mentions.Range hedgedSubject(List<Token> t, int verb, int lo) {
        int j = verb - 1;
        if (j - 2 < lo || !t.get(j).is("have") || !t.get(j - 1).is("to") || !t.get(j - 2).isWord()
                || !HEDGES.contains(t.get(j - 2).lower())) {
            return null;
        }
        int b = Mentions.skipBeforeVerb(t, j - 3, lo);
        if (b < lo || !t.get(b).isWord() || !Words.BE.contains(t.get(b).lower())) {
            return null;
        }
        return Mentions.subjectBefore(t, b, lo);
    }

    /**
     * "… into what one mediator later called “a competition in grievance”": the quotation at token
     * {@code i} is the words of the subject of "called" (a {@code direct} quote) when "what" opens
     * that subject's clause. Without "what" ("a group called “Friends of the Coast”") the verb names
     * something and quotes nobody. The caller checks that the quotation has two or more words.
     *
     * @return the subject ("one mediator"), or null when not this shape
     */
    static Mentions.Range whatCalled(List<Token> t, int i) {
        if (i < 3 || !t.get(i - 1).isWord() || !NAMING.contains(t.get(i - 1).lower())) {
            return null;
        }
        Mentions.Range m = Mentions.subjectBefore(t, i - 1, 0);
        return m != null && m.from() > 0 && t.get(m.from() - 1).is("what") ? m : null;
    }
}
