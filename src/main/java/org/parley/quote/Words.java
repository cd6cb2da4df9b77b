package org.parley.quote;

import java.util.Set;

/**
 * Closed word classes the attribution rules need: determiners, pronouns, auxiliaries, clause
 * boundaries. Small fixed lists instead of a POS model keep the hot path fast. Immutable.
 */
final class Words {

    static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "one", "two", "three", "four", "five", "several", "some", "many", "his", "her",
            "its", "their", "our", "this", "these", "those", "another", "both", "all", "other", "most", "no",
            "any", "each", "every", "my", "your", "whose", "such");

    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");

    static final Set<String> FIRST_SECOND_PERSON = Set.of("i", "we", "you");

    static final Set<String> RELATIVES = Set.of("who", "which", "that");

    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am");

    /** Auxiliaries and modals: a finite verb nearby marks a clause. */
    static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must",
            "may", "might", "did", "does", "do", "shall", "won’t", "won't", "can’t", "can't", "isn’t", "isn't",
            "wasn’t", "wasn't", "don’t", "don't", "doesn’t", "doesn't", "didn’t", "didn't", "hasn’t", "hasn't",
            "haven’t", "haven't", "wouldn’t", "wouldn't", "remains", "remained", "needs", "wants", "plans",
            "continues", "seeks", "aims", "intends", "believes", "knows");

    /** Words between a subject and its speech verb: "has also repeatedly said". */
    static final Set<String> BEFORE_VERB = Set.of(
            "also", "again", "later", "earlier", "previously", "reportedly", "has", "have", "had", "will", "would",
            "could", "may", "might", "must", "should", "can", "did", "does", "do", "already", "recently", "then",
            "now", "further", "once", "never", "not", "long", "even", "first", "subsequently", "too", "just",
            "still", "yet", "himself", "herself", "itself", "themselves", "both", "all", "often", "always",
              "twice", "separately", "since", "in", "turn", "only", "alone", "sometimes");

    /** Lower-case words that end a noun phrase walked backwards from a verb. */
    static final Set<String> NP_STOP = Set.of(
            "that", "which", "who", "whom", "whose", "where", "when", "while", "as", "after", "before", "because",
            "since", "if", "although", "though", "but", "so", "than", "whereas", "until", "unless", "once", "and",
            "or", "nor", "in", "on", "at", "to", "from", "with", "by", "about", "over", "under", "into", "amid",
            "during", "against", "between", "among", "through", "without", "within", "like", "per", "upon",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
            "will", "would", "can", "could", "may", "might", "shall", "should", "must", "not", "came", "went",
            "took", "made", "gave", "got", "met", "left", "held", "put", "set", "sent", "saw", "told", "said",
            "says", "say", "also", "again", "even", "only", "just", "then", "there", "here", "how", "why", "what",
            "whether", "despite", "following", "including", "toward", "towards", "across", "around", "near",
            "him", "them", "us", "me", "her", "it", "he", "she", "they", "we", "i", "you", "yesterday", "today",
            "ago", "later", "earlier", "now", "still", "yet", "up", "down", "out", "off", "away", "back",
            "according", "via",  "saying", "adding", "very", "too", "however", "meanwhile", "moreover",
            "instead", "therefore", "thus", "yes", "no");

    /** Capitalised words that open a sentence or clause and are never part of a speaker's name. */
    static final Set<String> CAP_STOP = Set.of(
            "But", "And", "Or", "However", "Meanwhile", "In", "On", "At", "After", "Before", "While", "When",
            "Although", "Though", "Ahead", "Also", "Earlier", "Later", "Then", "So", "Yet", "Still", "Instead",
            "Now", "Today", "Yesterday", "Afterwards", "As", "If", "Because", "Since", "During", "Despite",
            "Following", "Amid", "Asked", "Speaking", "Writing", "Meeting", "With", "Without", "For", "From",
            "To", "By", "Under", "Over", "Moreover", "Furthermore", "Separately", "Nevertheless", "Indeed",
            "Notably",  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "June", "July", "August", "September", "October",
            "November", "December", "There", "Here", "That", "This", "What", "It", "Where", "Whether", "Once",
            "Until", "Unless", "Both", "Not", "Only", "Even", "Last", "Next", "Thus", "Hence", "Besides");

    /** Nouns ending in -ly, which are not adverbs. */
    static final Set<String> LY_NOUNS = Set.of(
            "family", "ally", "assembly", "rally", "supply", "monopoly", "reply", "anomaly", "italy", "bully",
            "tally", "homily", "fly");

    /** Lower-case words that may stand inside a name or description ("Syrian Observatory for Human Rights"). */
    static final Set<String> NP_LINKS = Set.of("of", "for", "de", "del", "da", "di", "von", "van", "bin", "ibn", "al", "el", "le", "la", "du");

    /** Lower-case particles inside a person's name ("van der Walt", "bin Talal", "al-Masri"). */
    static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "da", "di", "du", "dos", "das", "von",
            "van", "der", "den", "ter", "ten", "bin", "ibn", "bint", "abu", "al", "el", "le", "la");

    /** Whether {@code w} is a name particle, alone ("van") or joined to a capitalised part ("al-Masri"). */
    static boolean nameParticle(String w) {
        int h = w.indexOf('-');
        if (h > 0 && h + 1 < w.length()) {
            return NAME_PARTICLES.contains(w.substring(0, h)) && Character.isUpperCase(w.charAt(h + 1));
        }
        return NAME_PARTICLES.contains(w);
    }

    private Words() {
    }

    static boolean adverb(String lower) {
        return lower.length() > 4 && lower.endsWith("ly") && !LY_NOUNS.contains(lower);
    }
}
