package org.parley.quote;

import java.util.List;

/**
 * Walks a noun phrase naming a source, backwards from a speech verb or forwards after it:
 * capitalised words, titles, determiners, possessives, hyphenated words, "of"/"for", post-modifiers
 * ("familiar with the talks", "a diplomat following the talks"), a descriptive appositive after a
 * comma, stopping at clause boundaries. Bounded to {@link #MAX_NP} tokens. Stateless and thread-safe.
 */
final class NounPhrases {

    /** Longest noun phrase walked, in tokens. */
    static final int MAX_NP = 14;
    /** Adjectives that take a prepositional post-modifier inside a source description. */
    private static final java.util.Set<String> POST_MODIFIED = java.util.Set.of(
            "familiar", "close", "briefed", "opposed", "loyal", "allied", "linked", "affiliated", "sympathetic",
            "involved", "based");
    static final int MAX_APPOSITIVE = 25;

    private NounPhrases() {
    }

    /**
     * The noun phrase ending just before {@code end}, no further left than {@code lo}, or null. Lower
     * case words are taken unless they are function words, adverbs or past participles (which end a
     * description: "forces backed by"); "interviewed by X" is kept as a post-modifier.
     */
    static Mentions.Range npBack(List<Token> t, int end, int lo) {
        int j = end - 1;
        int from = end;
        int lowerCount = 0;
        while (j >= lo && end - j <= MAX_NP) {
            Token w = t.get(j);
            if (!w.isWord()) {
                break;
            }
            String lw = w.lower();
            if (Words.DETERMINERS.contains(lw)) {
                from = j;
                boolean ofPhrase = j - 1 >= lo && t.get(j - 1).isWord() && Words.NP_LINKS.contains(t.get(j - 1).lower())
                        && !t.get(j - 1).capitalised();
                boolean quantity = j - 1 >= lo && t.get(j - 1).isWord() && Words.DETERMINERS.contains(t.get(j - 1).lower());
                boolean postModifier = j - 2 >= lo && t.get(j - 1).isWord() && t.get(j - 2).isWord()
                        && POST_MODIFIED.contains(t.get(j - 2).lower());
                if (j - 3 >= lo && t.get(j - 1).isWord() && PLACE_LINKS.contains(t.get(j - 1).text())
                        && sourceModifier(t, j - 2, lo)) {
                    from = j - 3; // "a woman living near the docks": where the source lives describes it
                    j -= 4;
                    continue;
                }
                if (!ofPhrase && !quantity && !postModifier && !sourceModifier(t, j - 1, lo)) {
                    break; // a determiner opens the phrase; words further left belong to another one
                }
            } else if (w.capitalised()) {
                if (Words.CAP_STOP.contains(w.text())) {
                    break;
                }
                from = j;
            } else if (Words.NP_LINKS.contains(lw) || ((lw.equals("in") || lw.equals("from")) && (t.get(from).capitalised()
                    || (from + 1 < end && t.get(from).isWord() && t.get(from + 1).capitalised())))) {
                // "in Ilmeh", "in northern Ilmeh", "from Ilmeh": a place that post-modifies the description
                if (from == end) {
                    break;
                }
                from = j;
            } else if ((lw.equals("with") || lw.equals("to") || lw.equals("on") || lw.equals("in")) && from < end
                    && j - 1 >= lo && POST_MODIFIED.contains(t.get(j - 1).lower())) {
                from = j - 1; // "two sources familiar with the matter"
                j -= 2;
                continue;
            } else if (lw.equals("by") && j - 2 >= lo && t.get(j - 1).isWord() && t.get(j - 1).lower().endsWith("ed")
                    && from < end && t.get(j - 2).isWord() && !Words.NP_STOP.contains(t.get(j - 2).lower())
                    && !Words.adverb(t.get(j - 2).lower())) {
                from = j - 1;
                j -= 2;
                continue;
            } else if ((lw.equals("and") || lw.equals("&")) && from < end && j - 1 >= lo && t.get(j - 1).isWord()
                    && (t.get(j - 1).capitalised() || Words.SUBJECT_PRONOUNS.contains(t.get(j - 1).lower()))
                    && (t.get(from).capitalised() || Words.DETERMINERS.contains(t.get(from).lower()))) {
                if (Words.SUBJECT_PRONOUNS.contains(t.get(j - 1).lower())) {
                    return new Mentions.Range(j - 1, end);
                }
                from = j;
            } else if (from < end && sourceModifier(t, j, lo)) {
                from = j - 1; // "a diplomat following the talks", "a colleague on the committee"
                j -= 2;
                continue;
            } else if (Words.NP_STOP.contains(lw) || Words.adverb(lw)) {
                break;
            } else if (lw.endsWith("ed") && lw.indexOf('-') < 0 && lw.indexOf('’') < 0
                    && !(j - 1 >= lo && t.get(j - 1).isWord() && Words.DETERMINERS.contains(t.get(j - 1).lower()))) {
                break;
            } else {
                if (++lowerCount > 6) {
                    break;
                }
                from = j;
            }
            j--;
        }
        while (from < end && t.get(from).isWord() && !t.get(from).capitalised()
                && (Words.NP_LINKS.contains(t.get(from).lower())
                || t.get(from).lower().equals("and") || t.get(from).lower().equals("by"))) {
            from++;
        }
        if (from >= end || !hasContent(t, from, end)) {
            return null;
        }
        Token last = t.get(end - 1);
        if (last.isWord() && (Words.NP_LINKS.contains(last.lower()) || Words.DETERMINERS.contains(last.lower()))) {
            return null;
        }
        return new Mentions.Range(from, end);
    }

    /** Nouns for a person that a following "on …"/"following …" describes. */
    private static final java.util.Set<String> SOURCE_NOUNS = java.util.Set.of("diplomat", "diplomats", "colleague",
            "colleagues", "member", "members", "official", "officials", "source", "sources", "observer", "observers",
            "analyst", "analysts", "expert", "experts", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
            "woman", "women", "man", "men", "resident", "residents", "people", "person", "worker", "workers");
    /** Words that attach a post-modifier to such a noun. */
    private static final java.util.Set<String> SOURCE_LINKS = java.util.Set.of("on", "following", "covering",
            "monitoring", "attending", "living", "working", "sheltering", "staying");
    /** Prepositions of place after "living"/"working" ("a woman living near the docks"). */
    private static final java.util.Set<String> PLACE_LINKS = java.util.Set.of("near", "in", "at", "outside",
            "inside", "around", "by");

    /**
     * True when token {@code j} links a post-modifier to the source noun before it ("a Western diplomat
     * following the talks", "a former colleague on the committee"): the phrase after it describes the
     * source and is not the source.
     */
    private static boolean sourceModifier(List<Token> t, int j, int lo) {
        return j - 1 >= lo && t.get(j).isWord() && !t.get(j).capitalised() && SOURCE_LINKS.contains(t.get(j).lower())
                && t.get(j - 1).isWord() && SOURCE_NOUNS.contains(t.get(j - 1).lower());
    }

    private static boolean hasContent(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            if (w.isWord() && !Words.DETERMINERS.contains(w.lower()) && !Words.NP_LINKS.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun phrase starting at {@code start} ("said a senior Western diplomat", "according to the
     * sources"), with a descriptive appositive after a comma ("said John Kirby, a spokesman for the
     * State Department"); null when none starts there.
     */
    static Mentions.Range npForward(List<Token> t, int start, int end) {
        int j = start;
        int to = start;
        while (j < end && j - start < MAX_NP) {
            Token w = t.get(j);
            if (!w.isWord()) {
                break;
            }
            String lw = w.lower();
            if (w.capitalised()) {
                if (Words.CAP_STOP.contains(w.text()) && j > start) {
                    break;
                }
                to = j + 1;
            } else if (Words.DETERMINERS.contains(lw) || Words.SUBJECT_PRONOUNS.contains(lw)) {
                if (j > start && !Words.DETERMINERS.contains(t.get(j - 1).lower())) {
                    break;
                }
                to = j + 1;
                if (Words.SUBJECT_PRONOUNS.contains(lw)) {
                    break;
                }
            } else if (Words.NP_LINKS.contains(lw) || (lw.equals("by") && to > start)) {
                if (to == start || j + 1 >= end || !t.get(j + 1).isWord()) {
                    break;
                }
            } else if (Words.NP_STOP.contains(lw) || Words.adverb(lw) || SpeechVerbs.isForm(lw)) {
                break;
            } else {
                to = j + 1;
            }
            j++;
        }
        while (to > start && t.get(to - 1).isWord() && (Words.NP_LINKS.contains(t.get(to - 1).lower())
                || t.get(to - 1).lower().equals("by"))) {
            to--;
        }
        if (to == start || !hasContent(t, start, to)) {
            return null;
        }
        int listEnd = TitleLists.forward(t, start, to, end);
        if (listEnd > to) {
            return new Mentions.Range(start, listEnd);
        }
        if (to + 1 < end && t.get(to).is(",") && t.get(to + 1).isWord()
                && Words.DETERMINERS.contains(t.get(to + 1).lower())) {
            int k = to + 1;
            while (k < end && k - to < MAX_APPOSITIVE && t.get(k).isWord()) {
                String lw = t.get(k).lower();
                if (Words.NP_STOP.contains(lw) && !lw.equals("at") && !lw.equals("in") || SpeechVerbs.isForm(lw)) {
                    return new Mentions.Range(start, to); // a clause, not a description
                }
                k++;
            }
            if (k > to + 2 && (k == end || t.get(k).is(".") || t.get(k).kind() == Token.Kind.QUOTE)) {
                return new Mentions.Range(start, k);
            }
        }
        return new Mentions.Range(start, to);
    }
}
