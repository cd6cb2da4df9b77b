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
 * capitalised words ("the", "of", "for" allowed between them), of which the last two are the name. Stateless and thread-safe.
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
}
