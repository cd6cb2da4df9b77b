package org.parley.quote;

import java.util.List;

/**
 * Official titles whose portfolio is a list with commas: "Deputy Minister for Housing, Communal
 * Services and Reconstruction Jana Kovač". The noun-phrase walkers stop at a comma, which would cut
 * such a mention into a fragment ("Communal Services and Reconstruction Jana Kovač" or "Deputy Minister
 * for Housing"); these rules join the pieces back into one mention.
 *
 * <p>The shape required is narrow so that ordinary commas keep separating phrases: a head phrase
 * with a lower-case "for"/"of", then list items of capitalised words only, the last one holding
 * "and" followed by at least three capitalised words (the last item and a name of two words). A
 * list without a name after it is left alone. Stateless and thread-safe.
 */
final class TitleLists {

    /** Capitalised words allowed in one list item before the name. */
    private static final int MAX_ITEM = 5;
    /** Capitalised words that must follow the last "and": the last item and a two-word name. */
    private static final int NAME_TAIL = 3;

    private TitleLists() {
    }

    /**
     * {@code np} extended left over a comma-separated title list when it is the list's last item
     * with the name ("Communal Services and Reconstruction Jana Kovač"); else {@code np} unchanged.
     */
    static Mentions.Range back(List<Token> t, Mentions.Range np, int lo) {
        np = itemBeforeAnd(t, np, lo);
        if (np == null || !t.get(np.from()).capitalised() || !tail(t, np.from(), np.to())) {
            return np;
        }
        int comma = np.from() - 1;
        int leftmost = -1;
        while (comma > lo && t.get(comma).is(",")) {
            int k = comma - 1;
            while (k >= lo && comma - k <= MAX_ITEM && t.get(k).capitalised()) {
                k--;
            }
            if (k == comma - 1) {
                break;
            }
            leftmost = comma;
            if (k < lo || !t.get(k).is(",")) {
                break;
            }
            comma = k;
        }
        if (leftmost < 0) {
            return np;
        }
        Mentions.Range head = NounPhrases.npBack(t, leftmost, lo);
        if (head == null || !t.get(head.from()).capitalised() || !hasLink(t, head.from(), head.to())) {
            return np;
        }
        return new Mentions.Range(head.from(), np.to());
    }

    /**
     * The end of a title list continuing a head phrase [{@code start}, {@code to}) ("said Deputy
     * Minister for Fisheries, Coastal Affairs and Inland Waterways Ragna Selvik."), or {@code to} when
     * the comma after it does not open such a list.
     */
    static int forward(List<Token> t, int start, int to, int end) {
        if (to >= end || !t.get(to).is(",") || !t.get(start).capitalised() || !hasLink(t, start, to)) {
            return to;
        }
        int k = to;
        while (k < end && t.get(k).is(",")) {
            int itemStart = k + 1;
            k = itemStart;
            boolean and = false;
            while (k < end && (t.get(k).capitalised() || (t.get(k).is("and") && k > itemStart)
                    || (and && ITEM_GLUE.contains(t.get(k).lower()) && k + 1 < end && t.get(k + 1).isWord()))) {
                and |= t.get(k).is("and");
                k++;
            }
            if (k == itemStart) {
                return to;
            }
            if (tail(t, itemStart, k)) {
                boolean closes = k == end || t.get(k).is(".") || t.get(k).is(",") || t.get(k).kind() == Token.Kind.QUOTE;
                return closes ? k : to;
            }
        }
        return to;
    }

    /**
     * "Jana Kovač, Deputy Minister for Housing, Communal Services and Reconstruction, said": when the
     * appositive subject {@code r} is a title list ("Deputy Minister for Housing, Communal Services and
     * Reconstruction") right after a comma and a name of two to four capitalised words, the subject is
     * the name with its title; else {@code r} unchanged.
     */
    static Mentions.Range nameBefore(List<Token> t, Mentions.Range r, int lo) {
        int comma = r.from() - 1;
        if (comma <= lo || !t.get(comma).is(",") || !t.get(r.from()).capitalised() || !hasLink(t, r.from(), r.to())) {
            return r;
        }
        boolean comma2 = false;
        boolean and = false;
        for (int k = r.from(); k < r.to(); k++) {
            comma2 |= t.get(k).is(",");
            and |= comma2 && t.get(k).is("and");
        }
        if (!and) {
            return r; // not "A, B and C"
        }
        int k = comma - 1;
        while (k >= lo && comma - k <= 4 && t.get(k).capitalised()) {
            k--;
        }
        int words = comma - 1 - k;
        boolean opens = k < lo || !t.get(k).isWord() || t.get(k).is("and");
        return words >= 2 && words <= 4 && opens ? new Mentions.Range(k + 1, r.to()) : r;
    }

    /**
     * "… and the Return of Displaced Persons Teodora Vashkel": a noun phrase that opens with "the"
     * right after "and" is the end of a list item; extended left over that item's capitalised words
     * ("Reconstruction and the Return …") when a comma stands before them. Else {@code np} unchanged.
     */
    private static Mentions.Range itemBeforeAnd(List<Token> t, Mentions.Range np, int lo) {
        if (np == null || !t.get(np.from()).is("the") || np.from() - 2 < lo || !t.get(np.from() - 1).is("and")) {
            return np;
        }
        int k = np.from() - 2;
        int stop = k;
        while (k >= lo && stop - k < MAX_ITEM && t.get(k).capitalised()) {
            k--;
        }
        return k < stop && k >= lo && t.get(k).is(",") ? new Mentions.Range(k + 1, np.to()) : np;
    }

    /** Lower-case words a list item may hold after its "and" ("and the Return of Displaced Persons"). */
    private static final java.util.Set<String> ITEM_GLUE = java.util.Set.of("the", "of", "for");

    /**
     * True when [from, to) is a last list item with a name: capitalised words, "and", then at least
     * three capitalised words, with "the"/"of"/"for" between them allowed.
     */
    private static boolean tail(List<Token> t, int from, int to) {
        int and = -1;
        int capsAfter = 0;
        for (int k = from; k < to; k++) {
            if (t.get(k).is("and") && !t.get(k).capitalised()) {
                if (and >= 0 || k == from) {
                    return false;
                }
                and = k;
            } else if (t.get(k).capitalised()) {
                capsAfter += and >= 0 ? 1 : 0;
            } else if (!(and >= 0 && k < to - 1 && ITEM_GLUE.contains(t.get(k).lower()))) {
                return false;
            }
        }
        return and >= 0 && capsAfter >= NAME_TAIL;
    }

    private static boolean hasLink(List<Token> t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (t.get(k).is("for") || t.get(k).is("of")) {
                return true;
            }
        }
        return false;
    }
}
