package org.parley.speaker;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words an article uses to describe a person it names in full, so that a later role
 * back-reference ("the head of the region", "the envoy", "the minister") can link to that person:
 * the title words right before the name ("Trade Minister Leona Fabre", "regional head Anton Kirsch"), a description set off by a
 * comma right before it ("Kalden's envoy to the talks, Piet Aronsen") and a descriptive appositive
 * right after it ("Anton Kirsch, the head of the Velmar region, …"); when only title words stand
 * before the name, the description set off by a comma before them too ("The Governor of Velmar
 * Province, Major General Anton Kirsch"), and after the last item of a title's list with commas the
 * earlier items and the title ("Deputy Minister for Fisheries, Harbours and the Protection of
 * Waterways Ragna Selvik"). Only words separated by single
 * spaces count, so a description never runs over other punctuation or into the next clause.
 * Stateless and thread-safe.
 */
final class Descriptions {

    /** Words that carry no description: articles, prepositions, conjunctions. */
    static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "for", "to", "in", "on", "at", "and", "with",
            "from", "by");
    /** How many words a description may have. */
    private static final int REACH = 8;
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("the", "a", "an");

    private Descriptions() {
    }

    /**
     * Folded content words describing the name that spans words {@code first..last} of {@code ws}.
     */
    static Set<String> of(String text, List<Words.Word> ws, int first, int last) {
        Set<String> out = new LinkedHashSet<>();
        int j = first - 1;
        if (j >= 0 && gap(text, ws.get(j), ws.get(first)).equals(", ")) {
            commaDescription(text, ws, j, out);
        } else {
            boolean titlesOnly = true;
            boolean and = false;
            for (int n = 0; j >= 0 && n < REACH && gap(text, ws.get(j), ws.get(j + 1)).equals(" "); j--, n++) {
                Words.Word w = ws.get(j);
                if (!w.capitalised() && !FUNCTION.contains(w.folded()) && !NameShape.TITLES.contains(w.folded())) {
                    break;
                }
                titlesOnly &= NameShape.TITLES.contains(w.folded());
                and |= w.folded().equals("and") && !w.capitalised();
                add(out, w);
            }
            boolean comma = j >= 0 && j + 1 < first && gap(text, ws.get(j), ws.get(j + 1)).equals(", ");
            if (comma && titlesOnly) {
                commaDescription(text, ws, j, out); // "The Governor of X Province, Major General Anton Kirsch"
            } else if (comma && and) {
                titleList(text, ws, j, out); // "Deputy Minister for A, B and the C of D Ragna Selvik"
            }
        }
        int k = last + 1;
        if (k < ws.size() && gap(text, ws.get(last), ws.get(k)).equals(", ")
                && APPOSITIVE_OPENERS.contains(ws.get(k).folded())) {
            for (int n = 0; k < ws.size() && n < REACH; k++, n++) {
                add(out, ws.get(k));
                if (k + 1 >= ws.size() || !gap(text, ws.get(k), ws.get(k + 1)).equals(" ")) {
                    break;
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Adds the single-spaced words ending at word {@code j}, a description set off by a comma after it. */
    private static void commaDescription(String text, List<Words.Word> ws, int j, Set<String> out) {
        for (int n = 0; j >= 0 && n < REACH; j--, n++) {
            add(out, ws.get(j));
            if (j == 0 || !gap(text, ws.get(j - 1), ws.get(j)).equals(" ")) {
                break;
            }
        }
    }

    /**
     * Adds the earlier items of a title's portfolio list ending at word {@code j} and the title
     * before them: capitalised and function words, across commas, at most {@value #REACH} of them,
     * and only when they hold a title and "for"/"of" (else the commas separated something else).
     */
    private static void titleList(String text, List<Words.Word> ws, int j, Set<String> out) {
        Set<String> list = new LinkedHashSet<>();
        boolean title = false;
        boolean link = false;
        for (int n = 0; j >= 0 && n < REACH; j--, n++) {
            Words.Word w = ws.get(j);
            if (!w.capitalised() && !FUNCTION.contains(w.folded())) {
                break;
            }
            add(list, w);
            title |= w.capitalised() && NameShape.TITLES.contains(w.folded());
            link |= w.folded().equals("for") || w.folded().equals("of");
            if (j == 0) {
                break;
            }
            String g = gap(text, ws.get(j - 1), w);
            if (!g.equals(" ") && !g.equals(", ")) {
                break;
            }
        }
        if (title && link) {
            out.addAll(list);
        }
    }

    /** Role words any office holder answers to: "the head of the province" is its governor. */
    private static final Set<String> ANY_OFFICE = Set.of("head", "chief", "leader");
    /** Titles of an office that heads something ("Governor of X Province", "Mayor of Y"). */
    private static final Set<String> OFFICES = Set.of("governor", "minister", "president", "mayor", "chairman",
            "chairwoman", "director", "secretary", "commander", "premier", "chancellor", "prefect", "administrator");

    /**
     * Words of a second-in-command, who is not "the head" of what the office heads, and of an
     * opposition counterpart ("the shadow foreign secretary" is not "the foreign secretary").
     */
    private static final Set<String> SECOND = Set.of("deputy", "vice", "assistant", "undersecretary", "shadow");

    /**
     * Whether the description words {@code described} hold every word of {@code wanted}, a word also
     * matching one that extends it or that it extends when the shorter has at least
     * {@value #STEM} letters ("region" / "regional", "minister" / "ministerial"); "head", "chief" and
     * "leader" match any title of an office ("governor", "mayor"), not a deputy's.
     */
    static boolean covers(Set<String> described, Set<String> wanted) {
        for (String w : wanted) {
            if (described.contains(w)) {
                continue;
            }
            if (ANY_OFFICE.contains(w) && described.stream().anyMatch(OFFICES::contains)
                    && described.stream().noneMatch(SECOND::contains)) {
                continue;
            }
            boolean found = false;
            for (String d : described) {
                String shorter = d.length() < w.length() ? d : w;
                String longer = shorter == d ? w : d;
                if (shorter.length() >= STEM && longer.startsWith(shorter)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code described} names a second-in-command ("deputy chair") that {@code wanted} does not. */
    static boolean second(Set<String> described, Set<String> wanted) {
        return described.stream().anyMatch(d -> SECOND.contains(d) && !wanted.contains(d));
    }

    /** Shortest common beginning taken as the same word in {@link #covers}. */
    private static final int STEM = 5;

    private static void add(Set<String> out, Words.Word w) {
        if (!FUNCTION.contains(w.folded())) {
            out.add(w.folded());
        }
    }

    private static String gap(String text, Words.Word a, Words.Word b) {
        if (b.start() - a.end() > 3) {
            return "";
        }
        String g = text.substring(a.end(), b.start());
        return a.possessive() ? g.replaceFirst("^[’']s", "") : g;
    }
}
