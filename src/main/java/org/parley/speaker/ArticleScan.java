package org.parley.speaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where registry people, institutions and countries are named in one article's text: the
 * article's own context for pronouns, roles ("the Foreign Minister" → the foreign minister the
 * article named last) and generic references ("the Ministry"). One linear pass of phrase look-ups,
 * no NLP models; every query is a binary search over sorted offsets, so a quote-dense 5 MB article
 * costs no more than its scan. Immutable after construction; made per article.
 */
final class ArticleScan {

    /** A person named at UTF-16 offset {@code offset}. */
    record Hit(int offset, Entity entity) {
    }

    private static final int WINDOW = 16_384;
    private static final Set<Term.Kind> SKIP = Set.of(Term.Kind.DESCRIPTOR, Term.Kind.GENERIC, Term.Kind.AMBIGUOUS_SURNAME);

    private final Map<Entity, int[]> offsets;
    private final Map<Gender, List<Hit>> people;
    private final Map<Entity, int[]> countryOffsets;

    private ArticleScan(Map<Entity, int[]> offsets, Map<Gender, List<Hit>> people, Map<Entity, int[]> countryOffsets) {
        this.offsets = offsets;
        this.people = people;
        this.countryOffsets = countryOffsets;
    }

    static ArticleScan of(Registry registry, String text) {
        Map<Entity, List<Integer>> named = new HashMap<>();
        Map<Entity, List<Integer>> countries = new HashMap<>();
        Map<Gender, List<Hit>> people = new EnumMap<>(Gender.class);
        for (Gender g : Gender.values()) {
            people.put(g, new ArrayList<>());
        }
        int s = 0;
        while (s < text.length()) {
            int e = Math.min(text.length(), s + WINDOW);
            while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            List<Words.Word> words = Words.of(text, s, e);
            for (PhraseIndex.Match m : registry.scan(words, SKIP)) {
                int at = words.get(m.from()).start();
                Entity ent = m.term().entity();
                if (m.term().kind() == Term.Kind.DEMONYM) {
                    countries.computeIfAbsent(ent, k -> new ArrayList<>()).add(at);
                    continue;
                }
                named.computeIfAbsent(ent, k -> new ArrayList<>()).add(at);
                if (ent.kind() == Entity.Kind.COUNTRY) {
                    countries.computeIfAbsent(ent, k -> new ArrayList<>()).add(at);
                } else if (ent.isPerson()) {
                    people.get(ent.gender()).add(new Hit(at, ent));
                }
            }
            s = e;
        }
        return new ArticleScan(toArrays(named), people, toArrays(countries));
    }

    private static Map<Entity, int[]> toArrays(Map<Entity, List<Integer>> m) {
        Map<Entity, int[]> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** The person of a gender compatible with {@code g} named last before {@code before}, or null. */
    Hit lastPerson(int before, Gender g) {
        Hit best = null;
        for (Gender pg : Gender.values()) {
            if (!pg.compatibleWith(g)) {
                continue;
            }
            List<Hit> hs = people.get(pg);
            int lo = 0;
            int hi = hs.size() - 1;
            int ans = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (hs.get(mid).offset() < before) {
                    ans = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (ans >= 0 && (best == null || hs.get(ans).offset() > best.offset())) {
                best = hs.get(ans);
            }
        }
        return best;
    }

    /** Offset of the last naming of {@code e} before {@code before}, or -1. */
    int lastOffset(Entity e, int before) {
        int[] o = offsets.get(e);
        int n = o == null ? 0 : countBefore(o, before);
        return n == 0 ? -1 : o[n - 1];
    }

    /**
     * The country the article talks about most before {@code before} (countries, capitals, other
     * names of governments, demonyms; ties go to the one named last), or null.
     */
    String dominantCountry(int before) {
        Entity best = null;
        int bestCount = 0;
        int bestLast = -1;
        for (var e : countryOffsets.entrySet()) {
            int n = countBefore(e.getValue(), before);
            if (n == 0) {
                continue;
            }
            int last = e.getValue()[n - 1];
            if (n > bestCount || (n == bestCount && last > bestLast)) {
                best = e.getKey();
                bestCount = n;
                bestLast = last;
            }
        }
        return best == null ? null : best.name();
    }

    private static int countBefore(int[] sorted, int before) {
        int i = Arrays.binarySearch(sorted, before);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == before) {
            i--;
        }
        return i;
    }
}
