package org.parley.speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gender an article gives a person the registry lacks, from the text only (no lists of first
 * names): an honorific before the surname or the full name anywhere ("Mr Reyvik", "Ms. Anja
 * Pellkamp"); a gendered title or noun right before the full name or in an appositive right after it
 * ("Port chairman Oskar Brenner", "Ilse Varga, a spokeswoman for the board"; an appositive must open
 * with an article, so ", whose husband …" is no evidence); else the first personal
 * pronoun after the full name in its sentence when no other full name comes between ("Tomas Reyvik
 * said his government …"), or at the start of the next sentence when the name opened its sentence
 * and the sentence names nobody else ("Oskar Brenner said … . He has run …"). UNKNOWN without
 * evidence, so that a pronoun still takes the most recent person then. A possessive in the
 * introductory phrase before the name counts too ("In her first speech …, Ilse Varga said").
 *
 * <p>Not thread-safe: one per article, filled during {@link ArticleNames}' single pass.
 */
final class NameGenders {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss");
    /** Pronouns in the gendered word lists: evidence after a name, never as a title ("her deputy X"). */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");
    /** How many words after a name its sentence (and the next one's first word) is searched for a pronoun. */
    private static final int PRONOUN_WINDOW = 25;
    /** Words before a full name, or in an appositive after it, searched for a gendered title. */
    private static final int TITLE_WINDOW = 3;
    private static final int APPOSITIVE_WINDOW = 6;
    /** Openings of a descriptive appositive ("X, a spokeswoman for …", "X, the board's chairman"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Set<String> LINKS = Set.of("of", "for", "to", "at", "in", "with", "who", "whose");

    private final String text;
    private final List<Words.Word> words;
    private final Map<String, Gender> byHonorific = new HashMap<>();

    NameGenders(String text, List<Words.Word> words) {
        this.text = text;
        this.words = words;
    }

    /** Records "Mr X" / "Ms Y Z" at word {@code i} (a name-cased word after an honorific, or after one more name word). */
    void noteHonorific(int i) {
        if (i < 1 || !NameWords.nameCased(words.get(i))) {
            return;
        }
        String h = words.get(i - 1).folded();
        if (!HONORIFICS.contains(h) && i >= 2 && NameWords.nameCased(words.get(i - 1))) {
            h = words.get(i - 2).folded();
        }
        Gender g = h.equals("mr") ? Gender.MALE : HONORIFICS.contains(h) ? Gender.FEMALE : Gender.UNKNOWN;
        if (g != Gender.UNKNOWN) {
            byHonorific.putIfAbsent(words.get(i).folded(), g);
        }
    }

    /** The honorific gender of a folded surname, else UNKNOWN. */
    Gender honorific(String surname) {
        return byHonorific.getOrDefault(surname, Gender.UNKNOWN);
    }

    /** Evidence around one occurrence of a full name spanning UTF-16 {@code [start, end)}: title, then pronoun. */
    Gender around(int start, int end) {
        int first = wordAt(start);
        int after = wordAt(end);
        Gender g = titleBefore(first);
        if (g == Gender.UNKNOWN) {
            g = appositiveAfter(end, after);
        }
        if (g == Gender.UNKNOWN) {
            g = introBefore(first);
        }
        return g != Gender.UNKNOWN ? g : pronounAfter(first, after);
    }

    /**
     * "In her first speech as harbour master, Ilse Varga said …": a possessive pronoun in the
     * introductory phrase that opens the sentence and ends with the comma right before the name
     * refers to that name (the subject the phrase leads to). The phrase must name nobody else.
     */
    private Gender introBefore(int first) {
        if (first < 2 || !text.substring(words.get(first - 1).end(), words.get(first).start()).equals(", ")) {
            return Gender.UNKNOWN;
        }
        Gender found = Gender.UNKNOWN;
        for (int k = first - 1; k >= 0 && first - k <= PRONOUN_WINDOW; k--) {
            Words.Word w = words.get(k);
            String f = w.folded();
            if (f.equals("his")) {
                found = Gender.MALE;
            } else if (f.equals("her")) {
                found = Gender.FEMALE;
            } else if (w.capitalised() && k > 0 && !endsSentence(words.get(k - 1).end(), w.start())
                    && !ArticleNames.NOT_FIRST.contains(f) && !NameShape.TITLES.contains(f)) {
                return Gender.UNKNOWN; // someone or something else is named in the phrase
            }
            if (k == 0 || endsSentence(words.get(k - 1).end(), w.start())) {
                return found;
            }
            if (k < first - 1 && !text.substring(w.end(), words.get(k + 1).start()).equals(" ")) {
                return Gender.UNKNOWN; // only one comma, the one before the name
            }
        }
        return Gender.UNKNOWN;
    }

    private Gender titleBefore(int first) {
        for (int i = first - 1; i >= 0 && first - i <= TITLE_WINDOW; i--) {
            if (!spaceOnly(words.get(i).end(), words.get(i + 1).start())) {
                break;
            }
            Gender g = noun(words.get(i).folded());
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    /** ", a spokeswoman for …", ", the board's chairman": a gendered noun in the words right after the comma. */
    private Gender appositiveAfter(int end, int after) {
        if (after >= words.size() || !text.substring(end, words.get(after).start()).strip().equals(",")) {
            return Gender.UNKNOWN;
        }
        if (!DETERMINERS.contains(words.get(after).folded())) {
            return Gender.UNKNOWN; // ", whose husband …" speaks of someone else
        }
        for (int i = after + 1; i < words.size() && i - after < APPOSITIVE_WINDOW; i++) {
            if (!spaceOnly(words.get(i - 1).end(), words.get(i).start()) || LINKS.contains(words.get(i).folded())) {
                break; // "the son of a chairman": the noun after "of" is another person
            }
            Gender g = noun(words.get(i).folded());
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    private static Gender noun(String folded) {
        if (PRONOUNS.contains(folded)) {
            return Gender.UNKNOWN;
        }
        return MentionLexicon.FEMALE.contains(folded) ? Gender.FEMALE
                : MentionLexicon.MALE.contains(folded) ? Gender.MALE : Gender.UNKNOWN;
    }

    private Gender pronounAfter(int first, int from) {
        boolean opensSentence = opensSentence(first);
        int i = from;
        for (int n = 0; i < words.size() && n < PRONOUN_WINDOW; i++, n++) {
            Words.Word w = words.get(i);
            if (i > 0 && endsSentence(words.get(i - 1).end(), w.start())) {
                return opensSentence && w.capitalised() ? pronoun(w.folded()) : Gender.UNKNOWN;
            }
            Gender g = pronoun(w.folded());
            if (g != Gender.UNKNOWN) {
                return g;
            }
            if (HONORIFICS.contains(w.folded())) {
                return Gender.UNKNOWN;
            }
            if (i + 1 < words.size() && NameWords.nameCased(w) && NameWords.nameCased(words.get(i + 1))
                    && !ArticleNames.NOT_FIRST.contains(w.folded()) && !NameShape.TITLES.contains(w.folded())) {
                return Gender.UNKNOWN;
            }
            if (w.capitalised() && !ArticleNames.NOT_FIRST.contains(w.folded()) && !NameShape.TITLES.contains(w.folded())) {
                opensSentence = false; // someone else may be named: the next sentence's pronoun is not evidence
            }
        }
        return Gender.UNKNOWN;
    }

    /** True when only title words stand between the start of the sentence and word {@code i}. */
    private boolean opensSentence(int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (endsSentence(words.get(k).end(), words.get(k + 1).start())) {
                return true;
            }
            String f = words.get(k).folded();
            if (i - k > TITLE_WINDOW || (!NameShape.TITLES.contains(f) && noun(f) == Gender.UNKNOWN)) {
                return false;
            }
        }
        return true;
    }

    private static Gender pronoun(String folded) {
        return switch (folded) {
            case "he", "his", "him", "himself" -> Gender.MALE;
            case "she", "her", "hers", "herself" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    /** Index of the first word starting at or after UTF-16 {@code from}. */
    private int wordAt(int from) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean spaceOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    private boolean endsSentence(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
