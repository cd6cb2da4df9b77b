package org.parley.speaker;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which capitalised pairs of an article are places, never people who could speak or be "he"/"she":
 * a pair with a place head ("Lake Sorrow", "Vessen City", "Saint Orla Bridge"), a pair after a
 * locative preposition ("in Nova Riga") or after "the town of", "west of", and a dateline
 * ("NOVA RIGA, Velmar —"). A pair the article once writes as a place is a place everywhere in that
 * article ("Nova Riga, a town of 30,000", "the mayor of Nova Riga"), so {@link ArticleNames} drops
 * every occurrence of it, whatever the words around it.
 *
 * <p>Not thread-safe: one per article, filled during {@link ArticleNames}' single pass.
 */
final class PlaceNames {

    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "outskirts", "centre", "center", "edge", "heart");

    private final String text;
    private final Set<String> places = new HashSet<>();

    PlaceNames(String text) {
        this.text = text;
    }

    /**
     * Whether the pair {@code ws[i-1], ws[i]} is written as a place here; if so, it is remembered
     * as a place for the whole article. Call for every pair, in text order, saying whether the first
     * word is name-cased ({@link NameWords#nameCased}), which the caller knows already.
     */
    boolean at(List<Words.Word> ws, int i, boolean firstNameCased) {
        if (!(firstNameCased || lineStart(ws.get(i - 1))) || !ws.get(i).capitalised() && !NameParts.particle(ws.get(i))) {
            return false; // a place pair opens with a name-cased word or a dateline: most pairs are out at once
        }
        boolean place = writtenAsPlace(ws, i) || dateline(ws, i);
        if (place) {
            places.add(key(ws.get(i - 1), ws.get(i)));
        }
        return place;
    }

    /**
     * Whether the full name {@code name} (as indexed) was written as a place anywhere in the article;
     * its first two words are the pair that was seen ("Harrat al-Jisr" was seen as "Harrat al").
     */
    boolean known(String name) {
        List<Words.Word> w = Words.of(name);
        return w.size() >= 2 && places.contains(key(w.get(0), w.get(1)));
    }

    private static String key(Words.Word first, Words.Word last) {
        return first.folded() + " " + last.folded();
    }

    private boolean writtenAsPlace(List<Words.Word> ws, int i) {
        if (MentionLexicon.PLACE_HEADS.contains(ws.get(i - 1).folded()) || MentionLexicon.PLACE_HEADS.contains(ws.get(i).folded())) {
            return true;
        }
        if (i + 1 < ws.size() && singleSpace(ws.get(i), ws.get(i + 1))
                && MentionLexicon.PLACE_HEADS.contains(ws.get(i + 1).folded()) && ws.get(i + 1).capitalised()) {
            return true;
        }
        if (i >= 2 && singleSpace(ws.get(i - 2), ws.get(i - 1)) && !ws.get(i).possessive()
                && MentionLexicon.PLACE_PREPOSITIONS.contains(ws.get(i - 2).raw())) {
            return true; // not "in Jane Doe's view"
        }
        return i >= 3 && ws.get(i - 2).raw().equals("of") && singleSpace(ws.get(i - 2), ws.get(i - 1))
                && singleSpace(ws.get(i - 3), ws.get(i - 2)) && ws.get(i - 3).lowercase()
                && (MentionLexicon.PLACE_HEADS.contains(ws.get(i - 3).folded())
                || COMPASS.contains(ws.get(i - 3).folded())); // "the town of Nova Riga", "west of Nova Riga"
    }

    /** "NOVA RIGA, Velmar —": two capitals opening a line, followed by a comma. */
    private boolean dateline(List<Words.Word> ws, int i) {
        Words.Word a = ws.get(i - 1);
        Words.Word b = ws.get(i);
        return lineStart(a) && capitals(a) && capitals(b) && singleSpace(a, b) && b.end() < text.length()
                && text.charAt(b.end()) == ',' && dashFollows(b.end() + 1);
    }

    /** How far after a dateline's comma its dash may come ("NOVA RIGA, July 18 (CPA) -"). */
    private static final int DATELINE_REACH = 40;

    /**
     * Whether a dash comes soon after {@code from}, before any colon or line end: a dateline, not a
     * transcript label ("JANE DOE, former envoy:").
     */
    private boolean dashFollows(int from) {
        for (int i = from; i < text.length() && i - from <= DATELINE_REACH; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '\n' || c == '\r') {
                return false;
            }
            if (c == '—' || c == '–' || (c == '-' && i > 0 && text.charAt(i - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private boolean lineStart(Words.Word w) {
        int s = w.start();
        return s == 0 || text.charAt(s - 1) == '\n' || text.charAt(s - 1) == '\r';
    }

    private static boolean capitals(Words.Word w) {
        return w.raw().length() > 1 && w.raw().codePoints().noneMatch(Character::isLowerCase);
    }

    private boolean singleSpace(Words.Word a, Words.Word b) {
        return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
    }
}
