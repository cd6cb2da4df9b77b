package org.parley.speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the article links to an otherwise anonymous description of a person, so that quotes by the
 * description and the pronouns after it go to the person (ANNOTATION.md §2: the speaker is the
 * person whenever the article names them, even by first name only):
 * <ul>
 *   <li>a name given right after the description: "a woman who gave her name only as Rana", "a
 *       farmer, who asked to be identified only as Abu Samir";</li>
 *   <li>a definite description in apposition anywhere in the article: "The doctor, Idris Kaman, is
 *       41", "The vet, who gave his name as Karim, …" — quotes by "a doctor", "the doctor" before
 *       or after that sentence are his. When the article names two people with the same noun
 *       ("The teacher, A, … The teacher, B, …"), the noun links to nobody.</li>
 * </ul>
 *
 * <p>The appositions are found in one linear regex pass over the text, made lazily the first time an
 * anonymous description is resolved. Not thread-safe: one per article, like {@link ArticleContext}.
 */
final class DescribedNames {

    private static final String WORD = "\\p{Lu}[\\p{L}’'-]+";
    private static final String PART = "(?:(?:al|el|bin|ibn|abu|van|von|der|de|da)[ -])?";
    private static final String ONE_OR_MORE = WORD + "(?: " + PART + WORD + "){0,2}";
    private static final String FULL = WORD + "(?: " + PART + WORD + "){1,2}";
    private static final String GIVEN = "(?:(?:gave|gives|would only give|would give only) (?:his|her|their) "
            + "(?:first )?name (?:only )?as|asked to be identified (?:only )?as|identified (?:himself|herself) "
            + "(?:only )?as)";
    /** Right after a description: ", who gave his name only as Tomas". */
    private static final Pattern GIVEN_AFTER = Pattern.compile(",?\\s+(?:who\\s+)?" + GIVEN + "\\s+(" + ONE_OR_MORE + ")");
    /** "The doctor, Idris Kaman," / "The vet, who gave his name as Karim,". */
    private static final Pattern APPOSITION = Pattern.compile(
            "\\b[Tt]he ([a-z]+), (?:(" + FULL + "),|who " + GIVEN + " (" + ONE_OR_MORE + ")[,.])");
    /** How far after a description its "who gave her name as …" may end. */
    private static final int GIVEN_REACH = 120;
    /** How far back in its paragraph a pronoun with no antecedent looks for a described subject. */
    private static final int SUBJECT_REACH = 300;
    private static final Pattern DESCRIPTION = Pattern.compile("\\b(?:[Aa]n?|[Tt]he) ([a-z]+)\\b");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final String AMBIGUOUS = "";

    private final String text;
    private Map<String, String> byNoun;

    DescribedNames(String text) {
        this.text = text;
    }

    /**
     * The name the article links to {@code mention} ("a woman", "The doctor"), a short singular
     * description written at UTF-16 {@code at}; null when it is not one or the article names nobody.
     */
    String nameOf(String mention, int at) {
        List<Words.Word> w = Words.of(mention);
        if (w.size() < 2 || w.size() > 4 || !DETERMINERS.contains(w.get(0).folded())) {
            return null;
        }
        for (int i = 1; i < w.size(); i++) {
            if (!w.get(i).lowercase()) {
                return null;
            }
        }
        int end = at + mention.length();
        if (end <= text.length() && text.startsWith(mention, at)) {
            Matcher m = GIVEN_AFTER.matcher(text);
            m.region(end, Math.min(text.length(), end + GIVEN_REACH));
            if (m.lookingAt()) {
                return m.group(1);
            }
        }
        return forNoun(w.get(w.size() - 1).folded());
    }

    /**
     * For "he"/"she" with no antecedent: the person a description written before it in its
     * paragraph stands for ("a doctor was sorting the boxes. “…,” he said" when the article later
     * writes "The doctor, Idris Kaman,"); the nearest such description wins. Null when none.
     */
    String describedSubjectBefore(int at) {
        int from = Math.max(0, at - SUBJECT_REACH);
        for (int i = Math.min(at, text.length()) - 1; i >= from; i--) {
            if (text.charAt(i) == '\n') {
                from = i + 1;
                break;
            }
        }
        Matcher m = DESCRIPTION.matcher(text);
        m.region(from, Math.min(at, text.length()));
        String found = null;
        while (m.find()) {
            String n = forNoun(m.group(1));
            found = n != null ? n : found;
        }
        return found;
    }

    private String forNoun(String noun) {
        if (byNoun == null) {
            byNoun = new HashMap<>();
            Matcher m = APPOSITION.matcher(text);
            while (m.find()) {
                String name = m.group(2) != null ? m.group(2) : m.group(3);
                byNoun.merge(m.group(1), name, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
        String n = byNoun.get(noun);
        return n == null || n.equals(AMBIGUOUS) ? null : n;
    }
}
