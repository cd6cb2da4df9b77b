package org.parley.quote;

import java.util.List;
import java.util.Set;

/**
 * Checks around a speech-verb match that decide whether it reports speech here: a denied verb or a
 * subject naming nobody ("did not say", "Neither side would explain"), the writer's own "we", an
 * object that states a position ("stressed the need to …"), and where a block intro's colon ends a
 * sentence ("said on social media:", "said in a statement released an hour ago:"). Each looks at a
 * few tokens of one sentence. Stateless and thread-safe.
 */
final class CueGuards {

    private CueGuards() {
    }

    /**
     * "I", "we" as the whole subject outside quotation marks: the writer's own narration ("We have
     * asked the embassy whether …"), never a quote (a speaker's "we" is inside their quotation or
     * block, which this reader does not scan).
     */
    static boolean firstPerson(List<Token> t, Mentions.Range m) {
        return m.to() - m.from() == 1 && (t.get(m.from()).lower().equals("we") || t.get(m.from()).lower().equals("i"));
    }

    /**
     * True when the words at {@code k} are a participle phrase qualifying the venue before it
     * ("released an hour ago", "posted on its website") that runs, without punctuation, to the colon
     * ending the sentence.
     */
    static boolean participleToColon(List<Token> t, int k) {
        int n = t.size();
        if (k >= n || !t.get(k).isWord() || t.get(k).capitalised() || !t.get(k).lower().endsWith("ed")) {
            return false;
        }
        for (int j = k + 1; j < n && j - k <= MAX_TO_COLON + 3; j++) {
            if (t.get(j).is(":")) {
                return j == n - 1;
            }
            if (!t.get(j).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** Words a speech verb may take before an intro's colon ("posted on social media:", "wrote on Twitter:"). */
    private static final int MAX_TO_COLON = 5;

    /** The colon ending the sentence after a few words of a prepositional phrase at {@code k}, else {@code k}. */
    static int shortToColon(List<Token> t, int k) {
        int n = t.size();
        if (k >= n || !(t.get(k).is("on") || t.get(k).is("in") || t.get(k).is("via"))) {
            return k;
        }
        for (int j = k + 1; j < n && j - k <= MAX_TO_COLON; j++) {
            if (t.get(j).is(":")) {
                return j + 1 == n || t.get(j + 1).kind() == Token.Kind.QUOTE ? j : k;
            }
            if (!t.get(j).isWord() || SpeechVerbs.isForm(t.get(j).lower())) {
                return k;
            }
        }
        return k;
    }

    /** Subjects that say nobody spoke ("Neither side would explain …"). */
    private static final Set<String> NOBODY = Set.of("neither", "nobody", "none", "no");

    /**
     * "did not say", "would not explain", "never said", "Neither side would explain": a speech verb
     * denied or with a subject that names nobody reports that nothing was said.
     */
    static boolean negated(List<Token> t, int verb, Mentions.Range subject) {
        for (int j = verb - 1; j >= 0 && j >= verb - 3; j--) {
            Token w = t.get(j);
            if (w.is("not") || w.is("never") || w.is("n't") || w.lower().endsWith("n't")) {
                return true;
            }
            if (!w.isWord()) {
                break;
            }
        }
        return subject != null && t.get(subject.from()).isWord() && NOBODY.contains(t.get(subject.from()).lower());
    }

    /** Nouns that make "underlined / stressed / noted the need to …" a statement of position. */
    private static final Set<String> POSITION_NOUNS = Set.of("need", "importance", "necessity",
            "urgency", "readiness", "determination", "commitment", "right");

    /** "the need to reopen …", "the importance of dialogue": an object that states a position. */
    static boolean position(List<Token> t, int k) {
        int n = t.size();
        return k + 1 < n && t.get(k).is("the") && t.get(k + 1).isWord() && POSITION_NOUNS.contains(t.get(k + 1).lower());
    }

    private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "should", "may", "might",
            "must", "shall");

    /** Quantifiers that float after a plural subject ("A and B both said"), unlike other determiners. */
    private static final Set<String> FLOATING = Set.of("both", "all", "each");

    /** Verbs before "from" that keep the speech from happening ("refrained from naming"). */
    private static final Set<String> REFRAIN = Set.of("refrained", "refrain", "refrains", "refraining", "stopped",
            "kept", "desisted", "abstained", "shied", "backed");

    /** "short of", "instead of", "without", "refrained from" before a participle. */
    private static boolean withheld(Token twoBefore, Token before) {
        return before.is("without") || (before.is("of") && (twoBefore.is("short") || twoBefore.is("instead")))
                || (before.is("from") && twoBefore.isWord() && REFRAIN.contains(twoBefore.lower()));
    }

    /** Conjunctions that, after a speech verb and a comma, start a new clause rather than its content. */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "yet", "so");

    /**
     * True when the speech verb {@code v} at token {@code i} is not used as one: "who asked not to be
     * named", "who asked to be identified as …" (a condition of the source), a participle whose
     * speech is withheld ("stopped short of blaming", "without naming"), a participle used as an
     * adjective after a number or after a verb that follows a modal ("1,900 alleged violations",
     * "would settle disputed cases"), an intransitive verb followed by a comma and a new clause
     * ("Holm objected, and within days the talks collapsed"), a noun after a determiner or
     * possessive ("the claim that", "Russia’s denial").
     */
    static boolean nonSpeechUse(List<Token> t, int i, SpeechVerbs.Entry v) {
        int n = t.size();
        int after = i + v.words().length;
        if (after + 2 < n && t.get(after).is("not") && t.get(after + 1).is("to") && t.get(after + 2).is("be")) {
            return true;
        }
        if (i > 0 && t.get(i - 1).isWord() && Character.isDigit(t.get(i - 1).text().charAt(0))) {
            return true; // "1,900 alleged violations": an adjective after a number
        }
        if (i > 1 && t.get(i).lower().endsWith("ed") && MODALS.contains(t.get(i - 2).lower()) && t.get(i - 1).isWord()
                && !t.get(i - 1).capitalised() && !Words.BEFORE_VERB.contains(t.get(i - 1).lower())
                && !Words.AUXILIARIES.contains(t.get(i - 1).lower()) && !Words.BE.contains(t.get(i - 1).lower())) {
            return true; // "would settle disputed cases": the verb is the word before, this one an adjective
        }
        if (v.form() == SpeechVerbs.Form.ING && i > 1 && withheld(t.get(i - 2), t.get(i - 1))) {
            return true; // "stopped short of blaming X", "without naming X": the speech did not happen
        }
        if (after + 1 < n && t.get(after).is("to") && t.get(after + 1).is("be")) {
            return true; // "who asked to be identified only as …": how the source is named
        }
        if (v.form() == SpeechVerbs.Form.FINITE && v.complement() != SpeechVerbs.Complement.OBJECT
                && after + 1 < n && t.get(after).is(",") && COORDINATORS.contains(t.get(after + 1).lower())) {
            return true;
        }
        return i > 0 && t.get(i - 1).isWord() && ((Words.DETERMINERS.contains(t.get(i - 1).lower())
                && !FLOATING.contains(t.get(i - 1).lower())) || Clauses.possessive(t.get(i - 1)));
    }
}
