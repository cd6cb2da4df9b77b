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
 * Ikhbariya" → anonymous, because its head is "soldier", not the outlet after "by".
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
                || (first.type() == Type.ORGANISATION && personHeaded(text, segments.get(0))))) {
            Reading apposition = segment(text, segments.get(1)[0], segments.get(1)[1]);
            if (apposition.type() == Type.ANONYMOUS
                    || (apposition.type() == Type.UNREGISTERED && Words.of(apposition.name()).size() < 2)) {
                String plain = plainName(text, segments.get(1)[0], segments.get(1)[1]);
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
                return apposition;
            }
        }
        return first;
    }

    /**
     * A segment that is nothing but a full name ("Anja Pellkamp", "Omar al-Rashid"): two to four
     * name-cased words (name particles between them allowed), none a title, an organisation head or
     * a registry phrase. An explicit name in apposition always wins over the description before it,
     * so this does not depend on the POS tagger knowing the name. Null otherwise.
     */
    private String plainName(String text, int from, int to) {
        List<Words.Word> words = Words.of(text, from, to);
        if (words.size() < 2 || words.size() > 4) {
            return null;
        }
        List<Match> matches = registry.scan(words, Set.of());
        int names = 0;
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            boolean particle = i > 0 && i < words.size() - 1 && PARTICLES.contains(w.folded());
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

    private static final Set<String> PARTICLES =
            Set.of("al", "el", "bin", "ibn", "de", "da", "di", "du", "van", "von", "der", "le", "la", "abu");

    /**
     * Readings of a description that a name in apposition makes precise ("Norland's foreign
     * minister, Anna Lindqvist"; "A government spokesman, Milan Dresch"): the name is the speaker,
     * since a role or a spokesperson's institution only stands for a person the text does not name.
     * A role with a registry person in apposition keeps the role reading, which resolves to that
     * person through the registry's dates.
     */
    private static final Set<Type> DESCRIPTIONS = Set.of(Type.ANONYMOUS, Type.ROLE, Type.GENERIC, Type.INSTITUTION,
            Type.REPRESENTATIVE);

    /**
     * True when the segment names a person who speaks for an organisation ("The official
     * representative of the X Ministry", "A spokesman for the Council of Lakes"): a delegate or
     * spokesperson word before its first "of"/"for". Such a description yields to a name in
     * apposition, like any other.
     */
    private static boolean personHeaded(String text, int[] segment) {
        for (Words.Word w : Words.of(text, segment[0], segment[1])) {
            String f = w.folded();
            if (f.equals("of") || f.equals("for")) {
                return false;
            }
            if (DELEGATES.contains(f) || LINKS.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** Heads of "the representative of X", who speaks for X (ANNOTATION.md §2: an unnamed spokesperson). */
    private static final Set<String> DELEGATES = Set.of("representative", "delegate");
    private static final Set<String> NOT_TITLES = Set.of("the", "a", "an", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "western", "arab", "gulf", "european", "kurdish", "sunni",
            "shia", "shiite", "islamist", "state");

    /**
     * "Deputy Foreign Minister for Political Affairs Ali Bakri", "Talmoran Foreign Ministry Spokesman
     * Reza Karimi": a title, however long and whatever institution it names, then a full name the
     * registry does not know as the last words. The name is the speaker; without this the head
     * search stops at the first preposition or takes the institution. The name is the last two
     * name-cased words (three after a bare title: "Minister Mohammad Javad Zarif"), and must follow
     * a title, a capitalised word or a common noun ("the Chairman of the commission Piet Vandermolen"),
     * not a preposition, so "an envoy in New York" is not read as a name.
     */
    private static String trailingName(String text, List<Words.Word> words, List<Match> matches) {
        int n = words.size();
        if (n < 3 || !nameWord(words, matches, n - 2) || !nameWord(words, matches, n - 1)) {
            return null;
        }
        int from = n - 2;
        if (n >= 4 && nameWord(words, matches, n - 3) && isTitle(words.get(n - 4))) {
            from = n - 3;
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

    private static boolean nameWord(List<Words.Word> words, List<Match> matches, int i) {
        Words.Word w = words.get(i);
        return w.capitalised() && !w.possessive() && w.raw().codePoints().skip(1).anyMatch(Character::isLowerCase)
                && !NameShape.TITLES.contains(w.folded()) && !OrganisationName.HEADS.contains(w.folded())
                && !MentionLexicon.PLACE_HEADS.contains(w.folded())
                && covering(matches, i) == null;
    }

    /**
     * "The representative of Valdoria", "the delegate of the Council of Lakes": an unnamed person
     * speaking for a named country or body, which is the speaker; the reading stays a person for
     * pronoun agreement ("She added …"). Null when the mention is not of that shape.
     */
    private static Reading represented(String text, List<Words.Word> words, List<Match> matches, Gender g) {
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
        for (int i = s; i < words.size(); i++) {
            Words.Word w = words.get(i);
            Match m = covering(matches, i);
            if (!(w.capitalised() || GLUE.contains(w.folded())) || (m != null && (m.term().kind() == Term.Kind.PERSON
                    || m.term().kind() == Term.Kind.AMBIGUOUS_SURNAME))) {
                return null;
            }
        }
        Match whole = covering(matches, s);
        String name = whole != null && whole.from() == s && whole.to() == words.size()
                && whole.term().entity() != null
                ? whole.term().entity().name() : text.substring(words.get(s).start(), words.get(words.size() - 1).end());
        return new Reading(Type.REPRESENTATIVE, null, List.of(), null, null, name, g, false, false, false);
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
    private static String mission(String text, List<Words.Word> words, List<Match> matches) {
        int s = !words.isEmpty() && words.get(0).folded().equals("the") ? 1 : 0;
        if (words.size() != s + 2) {
            return null;
        }
        Words.Word adj = words.get(s);
        Words.Word head = words.get(s + 1);
        if (!ArticleNames.nameCased(adj) || adj.possessive() || covering(matches, s) != null
                || NameShape.TITLES.contains(adj.folded()) || !head.lowercase() || !MISSIONS.contains(head.folded())) {
            return null;
        }
        return text.substring(adj.start(), head.end());
    }

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
            if (covering(matches, i) == null && CUT.contains(words.get(i).folded())) {
                cut = i;
                joint = words.get(i).folded().equals("and") && i + 1 < words.size();
                break;
            }
        }
        int head = cut - 1;
        while (head > 0 && TAIL.contains(words.get(head).folded()) && covering(matches, head) == null) {
            head--;
        }
        Words.Word hw = words.get(head);
        Gender g = gender(words, cut);
        String trailing = trailingName(text, words, matches);
        if (trailing != null) {
            return new Reading(Type.UNREGISTERED, null, List.of(), null, null, trailing, g, false, joint, false);
        }
        Reading rep = represented(text, words, matches, g);
        if (rep != null) {
            return rep;
        }
        String mission = mission(text, words, matches);
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
            if (p != null && covering(matches, head) == null) {
                return p.joint(joint);
            }
        }
        Match m = covering(matches, head);
        if (m != null) {
            return fromMatch(m, matches, words, g).joint(joint);
        }
        if (SPOKES.contains(hw.folded())) {
            Reading inst = institutionIn(matches, words);
            if (inst != null) {
                return inst.joint(joint);
            }
        }
        if (hw.capitalised() && !NameShape.TITLES.contains(hw.folded())) {
            List<int[]> taken = new ArrayList<>();
            for (Match x : matches) {
                taken.add(new int[] {words.get(x.from()).start(), words.get(x.to() - 1).end()});
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
    private static final Set<String> LINKS = Set.of("spokesman", "spokeswoman", "spokesperson");

    private Reading fromMatch(Match m, List<Match> matches, List<Words.Word> words, Gender g) {
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
            if (covering(matches, i) != null || !w.capitalised() || NameShape.TITLES.contains(w.folded())) {
                break;
            }
            if (w.raw().codePoints().skip(1).anyMatch(Character::isLowerCase)) {
                return true;
            }
        }
        int a = m.to();
        if (a + 1 < words.size() && (words.get(a).folded().equals("of") || words.get(a).folded().equals("for"))) {
            int b = words.get(a + 1).folded().equals("the") ? a + 2 : a + 1;
            return b < words.size() && covering(matches, b) == null && words.get(b).capitalised()
                    && !NameShape.TITLES.contains(words.get(b).folded());
        }
        return false;
    }

    /** The institution a spokesperson-type mention names (specific first, then generic). */
    private Reading institutionIn(List<Match> matches, List<Words.Word> words) {
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

    private Reading label(String text) {
        List<Words.Word> words = Words.of(text);
        List<Match> matches = registry.scan(words, Set.of());
        for (Match m : matches) {
            if (m.term().kind() == Term.Kind.PERSON || m.term().kind() == Term.Kind.AMBIGUOUS_SURNAME) {
                return fromMatch(m, matches, words, Gender.UNKNOWN);
            }
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            if (ANON_LABELS.contains(w.folded())) {
                return Reading.anonymous(Gender.UNKNOWN, false);
            }
            Match m = covering(matches, i);
            boolean roleWord = m != null;
            if (!NameShape.TITLES.contains(w.folded()) && !roleWord) {
                name.append(name.length() == 0 ? "" : " ").append(titleCase(text.substring(w.start(), w.end())));
            }
        }
        if (name.length() == 0) {
            for (Match m : matches) {
                if (m.term().kind() == Term.Kind.DESCRIPTOR) {
                    return fromMatch(m, matches, words, Gender.UNKNOWN);
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

    private static Match covering(List<Match> matches, int i) {
        for (Match m : matches) {
            if (m.covers(i)) {
                return m;
            }
        }
        return null;
    }

    private static String rawOf(List<Words.Word> words, Match m) {
        StringBuilder b = new StringBuilder();
        for (int i = m.from(); i < m.to(); i++) {
            b.append(i > m.from() ? " " : "").append(words.get(i).raw());
        }
        return b.toString();
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
