package org.parley.speaker;

import java.util.List;

/**
 * The name at the end of a mention whose title lists a portfolio with commas: "Deputy Minister for
 * Housing, Communal Services and Reconstruction Jana Kovač". Read segment by segment (the commas
 * usually separate a description from its apposition), such a mention would give a title fragment
 * or a joint subject cut at "and"; the speaker is the name after the list.
 *
 * <p>The shape is narrow: the first segment holds a title word and "for"/"of"; middle segments are
 * capitalised words only; the last one is capitalised words, one "and", then at least three
 * capitalised words ("the", "of", "for" allowed between them), of which the last two are the name.
 * The same lists in running text tell {@link ArticleNames} that a capitalised pair inside one is a
 * portfolio item, not a person ({@link #listItem}). Stateless and thread-safe.
 */
final class TitleListName {

    /** Lower-case words the last item may hold after its "and" ("and the Return of Displaced Persons"). */
    private static final java.util.Set<String> ITEM_GLUE = java.util.Set.of("the", "of", "for");

    private TitleListName() {
    }

    /**
     * The UTF-16 range {@code [start, end)} of the name in {@code text}, split into {@code segments}
     * at its commas, or null when the mention is not a title list followed by a name.
     */
    static int[] find(String text, List<int[]> segments) {
        if (segments.size() < 2) {
            return null;
        }
        List<Words.Word> head = Words.of(text, segments.get(0)[0], segments.get(0)[1]);
        boolean titled = head.stream().anyMatch(w -> NameShape.TITLES.contains(w.folded()) && w.capitalised());
        boolean linked = head.stream().anyMatch(w -> w.lowercase() && (w.folded().equals("for") || w.folded().equals("of")));
        if (!titled || !linked) {
            return null;
        }
        for (int s = 1; s < segments.size() - 1; s++) {
            for (Words.Word w : Words.of(text, segments.get(s)[0], segments.get(s)[1])) {
                if (!w.capitalised()) {
                    return null;
                }
            }
        }
        int[] lastSeg = segments.get(segments.size() - 1);
        List<Words.Word> last = Words.of(text, lastSeg[0], lastSeg[1]);
        int and = -1;
        int capsAfter = 0;
        for (int i = 0; i < last.size(); i++) {
            Words.Word w = last.get(i);
            if (w.lowercase() && w.folded().equals("and") && and < 0 && i > 0) {
                and = i;
            } else if (w.capitalised()) {
                capsAfter += and >= 0 ? 1 : 0;
            } else if (!(and >= 0 && i < last.size() - 2 && ITEM_GLUE.contains(w.folded()))) {
                return null;
            }
        }
        if (and < 0 || capsAfter < 3 || !last.get(last.size() - 2).capitalised()) {
            return null;
        }
        return new int[] {last.get(last.size() - 2).start(), last.get(last.size() - 1).end()};
    }

    /**
     * An item of a title's portfolio list, not a person: "Deputy Minister for Inland Fisheries, Coastal
     * Affairs and Waterways Ragna Selvik" — the pair right after the title's "for"/"of" or after a
     * comma that follows such a title, with the list going on after it (", Harbours", " and the …");
     * a title word is looked for at most {@code reach} words back. Used by {@link ArticleNames}.
     */
    static boolean listItem(String text, List<Words.Word> ws, int i, int reach) {
        int f = i - 1;
        if (f < 1 || i + 1 >= ws.size()) {
            return false;
        }
        boolean afterComma = text.startsWith(", ", ws.get(f - 1).end()) && ws.get(f).start() == ws.get(f - 1).end() + 2;
        String joint = ws.get(f - 1).folded();
        boolean firstItem = singleSpace(text, ws.get(f - 1), ws.get(f)) && (joint.equals("for") || joint.equals("of"));
        if (!afterComma && !firstItem) {
            return false;
        }
        String after = text.substring(ws.get(i).end(), Math.min(text.length(), ws.get(i).end() + 10));
        boolean continues = (after.startsWith(", ") && after.length() > 2 && Character.isUpperCase(after.charAt(2)))
                || (after.startsWith(" and ") && after.length() > 5
                && (Character.isUpperCase(after.charAt(5)) || after.startsWith(" and the ")));
        if (!continues) {
            return false; // "The Foreign Minister of Velmar, Ragna Selvik, said": a name in apposition
        }
        boolean title = false;
        boolean link = false;
        for (int j = f - 1; j >= 0 && j >= f - reach; j--) {
            Words.Word w = ws.get(j);
            title |= NameShape.TITLES.contains(w.folded()) && w.capitalised();
            link |= w.folded().equals("for") || w.folded().equals("of");
            if (j == 0 || !singleSpace(text, ws.get(j - 1), w)) {
                break;
            }
        }
        return title && link;
    }

    private static boolean singleSpace(String text, Words.Word a, Words.Word b) {
        return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
    }
}
