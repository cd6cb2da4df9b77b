package org.parley.speaker;

import static org.parley.speaker.MentionLexicon.ANON_LABELS;
import static org.parley.speaker.MentionLexicon.COLLECTIVE;
import static org.parley.speaker.MentionLexicon.CUT;
import static org.parley.speaker.MentionLexicon.FEMALE;
import static org.parley.speaker.MentionLexicon.INDEFINITE;
import static org.parley.speaker.MentionLexicon.MALE;
import static org.parley.speaker.MentionLexicon.NOT_PLURAL;
import static org.parley.speaker.MentionLexicon.PLURAL;
import static org.parley.speaker.MentionLexicon.SPOKES;
import static org.parley.speaker.MentionLexicon.TAIL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.speaker.PhraseIndex.Match;
import org.parley.speaker.Reading.Type;

/**
 * Reads a speaker mention on its own (no article context): finds its head — the last word of its
 * first noun phrase, before a comma, a preposition, a relative pronoun or "and" — and what the
 * registry says that head is. "Washington's top diplomat" → a role (top diplomat) qualified by the
 * United States; "a State Department spokesman" → the State Department; "A soldier interviewed by
 * Ikhbariya" → anonymous, because its head is "soldier", not the outlet after "by". Names by shape
 * come from {@link MentionNames}, registry phrases at the head from {@link MatchReadings}, people
 * speaking for a body from {@link SpokenFor}.
 *
 * <p>Thread-safe: it holds only the immutable registry.
 */
final class MentionReader {

    private final Registry registry;

    MentionReader(Registry registry) {
        this.registry = registry;
    }

    Reading read(String mention) {
        String text = stripBrackets(mention);
        if (isTranscriptLabel(text)) {
            return label(text).transcript(true);
        }
        List<int[]> segments = segments(text);
        int[] listed = TitleListName.find(text, segments);
        if (listed != null) {
            Reading named = segment(text, listed[0], listed[1]);
            if (named.type() == Type.PERSON) {
                return named;
            }
            return new Reading(Type.UNREGISTERED, null, List.of(), null, null, text.substring(listed[0], listed[1]),
                    gender(Words.of(text), Words.of(text).size()), false, false, false);
        }
        Reading first = segment(text, segments.get(0)[0], segments.get(0)[1]);
        if (segments.size() > 1 && (DESCRIPTIONS.contains(first.type())
                || (first.type() == Type.ORGANISATION && SpokenFor.personHeaded(text, segments.get(0))))) {
            Reading apposition = segment(text, segments.get(1)[0], segments.get(1)[1]);
            if (apposition.type() == Type.ANONYMOUS
                    || (apposition.type() == Type.UNREGISTERED && Words.of(apposition.name()).size() < 2)) {
                String plain = MentionNames.plainName(registry, text, segments.get(1)[0], segments.get(1)[1]);
                if (plain != null) {
                    apposition = new Reading(Type.UNREGISTERED, null, List.of(), null, null, plain,
                            apposition.gender(), false, false, false);
                }
            }
            boolean fullName = (apposition.type() == Type.PERSON && first.type() != Type.ROLE)
                    || (apposition.type() == Type.UNREGISTERED && Words.of(apposition.name()).size() >= 2);
            boolean anyName = apposition.type() == Type.UNREGISTERED && first.type() == Type.ANONYMOUS
                    && first.gender() == Gender.UNKNOWN;
            if (fullName || anyName) {
                return apposition.type() == Type.PERSON ? apposition : apposition.genderOr(first.gender());
            }
        }
        return first;
    }

    /**
     * Readings of a description that a name in apposition makes precise ("Norland's foreign
     * minister, Anna Lindqvist"; "A government spokesman, Milan Dresch"): the name is the speaker,
     * since a role or a spokesperson's institution only stands for a person the text does not name.
     * A role with a registry person in apposition keeps the role reading, which resolves to that
     * person through the registry's dates.
     */
    private static final Set<Type> DESCRIPTIONS = Set.of(Type.ANONYMOUS, Type.ROLE, Type.GENERIC, Type.INSTITUTION,
            Type.REPRESENTATIVE);

    private Reading segment(String text, int from, int to) {
        List<Words.Word> words = Words.of(text, from, to);
        if (words.isEmpty()) {
            return Reading.anonymous(Gender.UNKNOWN, false);
        }
        boolean indefinite = INDEFINITE.contains(words.get(0).folded());
        List<Match> matches = registry.scan(words, indefinite ? Set.of(Term.Kind.DESCRIPTOR) : Set.of());
        int cut = words.size();
        boolean joint = false;
        for (int i = 1; i < words.size(); i++) {
            if (PhraseIndex.covering(matches, i) == null && CUT.contains(words.get(i).folded())) {
                cut = i;
                joint = words.get(i).folded().equals("and") && i + 1 < words.size();
                break;
            }
        }
        int head = cut - 1;
        while (head > 0 && TAIL.contains(words.get(head).folded()) && PhraseIndex.covering(matches, head) == null) {
            head--;
        }
        Words.Word hw = words.get(head);
        Gender g = gender(words, cut);
        String first = joint ? MentionNames.trailingName(text, words.subList(0, cut), matches) : null;
        String trailing = first != null ? first : MentionNames.trailingName(text, words, matches); // "A and B said": A
        if (trailing != null) {
            return new Reading(Type.UNREGISTERED, null, List.of(), null, null, trailing, g, false, joint, false);
        }
        Reading rep = SpokenFor.represented(text, words, matches, g);
        if (rep != null) {
            return rep;
        }
        String mission = SpokenFor.mission(text, words, matches);
        if (mission != null) {
            return organisation(mission, joint);
        }
        OrganisationName.Found org = OrganisationName.find(text, words, matches);
        if (org != null && (org.covers(head) || (head + 1 == org.from() && LINKS.contains(hw.folded()))
                || SPOKES.contains(hw.folded()) || hw.folded().equals("official"))) {
            return organisation(org.name(), joint);
        }
        if (head == 0 || (head == 1 && words.get(0).folded().equals("and"))) {
            Reading p = pronoun(hw.folded());
            if (p != null && PhraseIndex.covering(matches, head) == null) {
                return p.joint(joint);
            }
        }
        Match m = PhraseIndex.covering(matches, head);
        if (m != null) {
            return MatchReadings.fromMatch(m, matches, words, g).joint(joint);
        }
        if (SPOKES.contains(hw.folded())) {
            Reading inst = MatchReadings.institutionIn(matches, words);
            if (inst != null) {
                return inst.joint(joint);
            }
        }
        if (hw.capitalised() && !NameShape.TITLES.contains(hw.folded())) {
            List<int[]> taken = new ArrayList<>();
            for (Match x : matches) {
                taken.add(new int[] {words.get(x.from()).start(), words.get(x.to() - 1).end()});
            }
            for (int k = 1; k + 1 <= head; k++) {
                if (words.get(k).raw().equals("from")) { // "a teacher from Dorna Serin": where, not who
                    taken.add(new int[] {words.get(k + 1).start(), hw.end()});
                    break;
                }
            }
            String name = NameShape.find(text, words.get(0).start(), hw.end(), taken);
            if (name != null) {
                return new Reading(Type.UNREGISTERED, null, List.of(), null, null, name, g, false, joint, false);
            }
        }
        return Reading.anonymous(g, plural(words, head)).joint(joint);
    }

    private static Reading organisation(String name, boolean joint) {
        return new Reading(Type.ORGANISATION, null, List.of(), null, null, name, Gender.UNKNOWN, true, joint, false);
    }

    /** Heads that hand over to the organisation named right after them ("a spokesman for the Council of Lakes"). */
    static final Set<String> LINKS = Set.of("spokesman", "spokeswoman", "spokesperson");

    private Reading label(String text) {
        List<Words.Word> words = Words.of(text);
        List<Match> matches = registry.scan(words, Set.of());
        for (Match m : matches) {
            if (m.term().kind() == Term.Kind.PERSON || m.term().kind() == Term.Kind.AMBIGUOUS_SURNAME) {
                return MatchReadings.fromMatch(m, matches, words, Gender.UNKNOWN);
            }
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            if (ANON_LABELS.contains(w.folded())) {
                return Reading.anonymous(Gender.UNKNOWN, false);
            }
            Match m = PhraseIndex.covering(matches, i);
            boolean roleWord = m != null;
            if (!NameShape.TITLES.contains(w.folded()) && !roleWord) {
                name.append(name.length() == 0 ? "" : " ").append(titleCase(text.substring(w.start(), w.end())));
            }
        }
        if (name.length() == 0) {
            for (Match m : matches) {
                if (m.term().kind() == Term.Kind.DESCRIPTOR) {
                    return MatchReadings.fromMatch(m, matches, words, Gender.UNKNOWN);
                }
            }
        }
        return name.length() == 0 ? Reading.anonymous(Gender.UNKNOWN, false)
                : new Reading(Type.UNREGISTERED, null, List.of(), null, null, name.toString(), gender(words, words.size()),
                false, false, false);
    }

    private boolean isTranscriptLabel(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < 2 || text.codePoints().anyMatch(Character::isLowerCase)) {
            return false;
        }
        List<Words.Word> words = Words.of(text);
        List<Match> ms = registry.scan(words, Set.of());
        return !(ms.size() == 1 && ms.get(0).from() == 0 && ms.get(0).to() == words.size()
                && (ms.get(0).term().kind() == Term.Kind.INSTITUTION || ms.get(0).term().kind() == Term.Kind.COUNTRY));
    }

    /** Subject and object pronouns read alike ("according to her" is "she"). */
    private static Reading pronoun(String form) {
        String w = switch (form) {
            case "him" -> "he";
            case "her" -> "she";
            case "them" -> "they";
            default -> form;
        };
        return switch (w) {
            case "he" -> new Reading(Type.PRONOUN, null, List.of(), null, null, w, Gender.MALE, false, false, false);
            case "she" -> new Reading(Type.PRONOUN, null, List.of(), null, null, w, Gender.FEMALE, false, false, false);
            case "they", "it", "we", "i" -> new Reading(Type.PRONOUN, null, List.of(), null, null, w, Gender.UNKNOWN,
                    w.equals("they") || w.equals("we"), false, false);
            default -> null;
        };
    }

    private static Gender gender(List<Words.Word> words, int cut) {
        for (int i = 0; i < cut; i++) {
            String f = words.get(i).folded();
            if (FEMALE.contains(f)) {
                return Gender.FEMALE;
            }
            if (MALE.contains(f)) {
                return Gender.MALE;
            }
        }
        return Gender.UNKNOWN;
    }

    /** Plural, or a collective body, which agrees with "they" and "it" rather than "he" or "she". */
    private static boolean plural(List<Words.Word> words, int head) {
        String h = words.get(head).folded();
        String first = words.get(0).folded();
        if (COLLECTIVE.contains(h)) {
            return true;
        }
        if (first.equals("a") || first.equals("an") || first.equals("one") || first.equals("another")) {
            return false;
        }
        return PLURAL.contains(h) || COLLECTIVE.contains(h) || (h.endsWith("s") && h.length() > 3 && !NOT_PLURAL.contains(h) && !h.endsWith("ss"));
    }

    private static List<int[]> segments(String text) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',' || text.charAt(i) == ';' || text.charAt(i) == '—'
                    || text.charAt(i) == '–') {
                if (text.substring(s, i).codePoints().anyMatch(Words::isWordChar)) {
                    out.add(new int[] {s, i});
                }
                s = i + 1;
            }
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, text.length()});
        }
        return out;
    }

    private static String stripBrackets(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                b.append(c);
            }
        }
        return b.toString().strip().replaceAll("[:\\s]+$", "");
    }

    private static String titleCase(String w) {
        if (w.isEmpty()) {
            return w;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
