package org.parley.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.text.Nlp;

/**
 * Full personal names an article writes out ("Marek Halloran", "Teodor Vasic") with the title words
 * just before them ("minister", "secretary"), found by shape alone: two adjacent title-case words,
 * the first not a title, function word or date word. News names a person in full once and by
 * surname, label ("MR MARROW:") or title ("the Minister") after that, and the registry cannot know
 * everyone an article quotes, so these resolve the short forms of people the registry lacks.
 *
 * <p>One linear pass over the text, made lazily on the first query (most articles quote only
 * registry people). Not thread-safe: one per article, like {@link ArticleContext}.
 */
final class ArticleNames {

    /**
     * A full name at UTF-16 {@code offset} with the folded title words written before it and the
     * folded content words of its description ({@link Descriptions}).
     */
    record Entry(int offset, String name, Set<String> titles, Set<String> described) {
    }

    static final Set<String> NOT_FIRST = Set.of("in", "on", "at", "but", "and", "for", "after", "before",
            "when", "while", "as", "if", "this", "that", "these", "those", "earlier", "later", "meanwhile",
            "however", "asked", "according", "then", "since", "until", "during", "with", "from", "by", "of", "to",
            "his", "her", "their", "its", "our", "my", "we", "they", "he", "she", "it", "i", "you", "mr", "mrs",
            "ms", "dr", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "today", "yesterday", "tomorrow", "tonight", "is", "are", "was",
            "were", "do", "does", "did", "will", "would", "can", "could", "should", "has", "have", "had", "what",
            "who", "why", "how", "where", "which", "there", "here", "not", "no", "yes", "so", "all", "both");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Lower-case words a title may contain ("the Minister of Foreign Affairs of the Republic of X"). */
    private static final Set<String> TITLE_GLUE = Set.of("the", "of", "for", "and", "to");
    /** How many words before a name are searched for its title ("the Minister of Foreign Affairs of X Name"). */
    private static final int TITLE_REACH = 10;

    private final String text;
    private Map<String, List<Entry>> bySurname;

    ArticleNames(String text) {
        this.text = text;
    }

    /** The article text the names come from. */
    String text() {
        return text;
    }

    /**
     * The full name ending in {@code surname} (folded) written last before {@code at}, else the first
     * one written after it, else null.
     */
    String fullName(String surname, int at) {
        List<Entry> es = index().get(surname);
        if (es == null) {
            return null;
        }
        Entry best = null;
        for (Entry e : es) {
            if (e.offset() < at || best == null) {
                best = e;
            }
            if (e.offset() >= at) {
                break;
            }
        }
        return best.name();
    }

    /**
     * The full name whose first word is {@code given} (folded) written last before {@code at} (within
     * the last {@link #SCAN_REACH} name occurrences), or null: Gulf-style news calls "Sheikh Haddad bin
     * Omar Al Rashid" "Sheikh Haddad" after the first mention, and features call people by first name.
     * Asked only when no full name ends in the word.
     */
    String byGivenName(String given, int at) {
        int stop = countBefore(at);
        for (int i = stop - 1; i >= 0 && i >= stop - SCAN_REACH; i--) {
            String n = ordered.get(i).name();
            int sp = n.indexOf(' ');
            if (sp > 0 && Nlp.fold(n.substring(0, sp)).equals(given)) {
                return n;
            }
        }
        return null;
    }

    /** The name written last before {@code at} right after the title word {@code title} (folded), or null. */
    String titled(String title, int at) {
        Entry best = null;
        for (List<Entry> es : index().values()) {
            for (Entry e : es) {
                if (e.offset() < at && e.titles().contains(title) && (best == null || e.offset() > best.offset())) {
                    best = e;
                }
            }
        }
        return best == null ? null : best.name();
    }

    /**
     * How many name occurrences back from an offset the walking queries look, so that a huge
     * article with many back-references stays linear.
     */
    private static final int SCAN_REACH = 200;

    /**
     * The one person the article described, before {@code at} (within the last {@link #SCAN_REACH}
     * name occurrences), with all of {@code words} (folded
     * content words of a role back-reference: "head", "region" for "the head of the region"); null
     * when nobody or more than one person fits, so that an ambiguous role is left to other rules.
     */
    String describedAs(Set<String> words, int at) {
        if (words.isEmpty()) {
            return null;
        }
        String any = describedAs(words, at, false);
        // "the chair" when the article described a chair and a deputy chair: the deputy is not "the chair"
        return any != null ? any : describedAs(words, at, true);
    }

    private String describedAs(Set<String> words, int at, boolean notSecond) {
        Entry found = null;
        int run = Integer.MAX_VALUE;
        int stop = countBefore(at);
        for (int i = stop - 1; i >= 0 && i >= stop - SCAN_REACH; i--) {
            Entry e = ordered.get(i);
            if (Descriptions.covers(e.described(), words) && !(notSecond && Descriptions.second(e.described(), words))) {
                if (found != null && !found.name().equals(e.name())) {
                    if (e.offset() + e.name().length() > run) {
                        run = e.offset(); // "Displaced Persons", "Persons Teodora" before "Teodora Vashkel": the run ends in the name
                        continue;
                    }
                    return null;
                }
                found = found == null ? e : found;
                run = e.offset();
            }
        }
        return found == null ? null : found.name();
    }

    /** The full name written last before {@code at}, or null. */
    Entry lastBefore(int at) {
        int i = countBefore(at);
        return i == 0 ? null : ordered.get(i - 1);
    }

    /**
     * Up to {@code max} full names written before {@code at} (within the last {@link #SCAN_REACH}
     * name occurrences), the most recent first, one entry per name (its latest occurrence).
     */
    List<Entry> recentBefore(int at, int max) {
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        int stop = countBefore(at);
        for (int i = stop - 1; i >= 0 && i >= stop - SCAN_REACH && out.size() < max; i--) {
            Entry e = ordered.get(i);
            if (seen.add(e.name())) {
                out.add(e);
            }
        }
        return out;
    }

    private int countBefore(int at) {
        index();
        int lo = 0;
        int hi = ordered.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ordered.get(mid).offset() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<Words.Word> words;
    private NameGenders evidence;
    /** Every entry in text order, for the queries that walk back from an offset. */
    private final List<Entry> ordered = new ArrayList<>();
    private final Map<String, Gender> genders = new HashMap<>();

    /**
     * The gender the text gives the person named {@code name} (full, as indexed), by
     * {@link NameGenders}: an honorific for the surname, else the first evidence found around an
     * occurrence of the full name. UNKNOWN without evidence.
     */
    Gender genderOf(String name) {
        Gender cached = genders.get(name);
        if (cached != null) {
            return cached;
        }
        List<Words.Word> nw = Words.of(name);
        Gender g = Gender.UNKNOWN;
        if (!nw.isEmpty()) {
            String surname = nw.get(nw.size() - 1).folded();
            List<Entry> es = index().get(surname);
            g = evidence.honorific(surname);
            if (g == Gender.UNKNOWN && es != null) {
                for (Entry e : es) {
                    if (e.name().equals(name)) {
                        g = evidence.around(e.offset(), e.offset() + name.length());
                        if (g != Gender.UNKNOWN) {
                            break;
                        }
                    }
                }
            }
        }
        genders.put(name, g);
        return g;
    }

    private Map<String, List<Entry>> index() {
        if (bySurname != null) {
            return bySurname;
        }
        bySurname = new HashMap<>();
        words = Words.of(text);
        PlaceNames places = new PlaceNames(text);
        evidence = new NameGenders(text, words);
        List<Words.Word> ws = words;
        int covered = -1; // the last word of a Gulf-style chain already indexed whole: no pair inside it is a name
        for (int i = 1; i < ws.size(); i++) {
            evidence.noteHonorific(i);
            Words.Word first = ws.get(i - 1);
            boolean firstCased = NameWords.nameCased(first);
            boolean place = places.at(ws, i, firstCased);
            int lastIndex = firstCased ? NameParts.surnameEnd(text, ws, i, k -> NameWords.nameCased(ws.get(k))) : -1;
            if (lastIndex < 0 || i - 1 <= covered) {
                continue;
            }
            lastIndex = NameParts.chainEnd(text, ws, i, lastIndex, k -> NameWords.nameCased(ws.get(k)));
            Words.Word last = ws.get(lastIndex);
            if (!NameWords.nameCased(first) || first.possessive() || !NameWords.singleSpace(text, first, ws.get(i)) || place
                    || NOT_FIRST.contains(first.folded()) || NameShape.TITLES.contains(first.folded())
                    || NameShape.TITLES.contains(last.folded())
                    || OrganisationName.HEADS.contains(last.folded()) || NameWords.organisationFront(text, ws, lastIndex)
                    || TitleListName.listItem(text, ws, i, TITLE_REACH) || NameWords.byline(text, ws, i)) {
                continue;
            }
            java.util.LinkedHashSet<String> titles = new java.util.LinkedHashSet<>();
            for (int j = i - 2; j >= 0 && j >= i - 1 - TITLE_REACH; j--) {
                Words.Word t = ws.get(j);
                if (!NameWords.singleSpace(text, t, ws.get(j + 1)) || (!t.capitalised() && !TITLE_GLUE.contains(t.folded()))) {
                    break; // "Special Envoy Johan Ekdal in Talmora City": "in" ends the title of Talmora City
                }
                if (NameShape.TITLES.contains(t.folded()) && !NOT_FIRST.contains(t.folded()) && !ARTICLES.contains(t.folded())) {
                    titles.add(t.folded());
                }
            }
            if (lastIndex > i) {
                covered = lastIndex;
            }
            // "Minister of Foreign Affairs and International Cooperation": a portfolio, not a minister
            boolean portfolio = i >= 2 && !ws.get(i - 2).capitalised() && TITLE_GLUE.contains(ws.get(i - 2).folded())
                    && NameWords.singleSpace(text, ws.get(i - 2), first);
            String name = text.substring(first.start(), last.end());
            Entry entry = new Entry(first.start(), name, portfolio ? Set.of() : Set.copyOf(titles),
                    portfolio ? Set.of() : Descriptions.of(text, ws, i - 1, lastIndex));
            bySurname.computeIfAbsent(last.folded(), k -> new ArrayList<>()).add(entry);
            ordered.add(entry);
        }
        ordered.removeIf(e -> places.known(e.name()));
        bySurname.values().forEach(es -> es.removeIf(e -> places.known(e.name())));
        bySurname.values().removeIf(List::isEmpty);
        return bySurname;
    }
}
