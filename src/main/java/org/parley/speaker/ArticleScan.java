package org.parley.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where registry people, institutions and countries are named in one article's text, in order:
 * the article's own context for pronouns, roles ("the Foreign Minister" → the foreign minister the
 * article named last) and generic references ("the Ministry"). One linear pass of phrase look-ups,
 * no NLP models. Immutable after construction; made per article, so thread confinement suffices.
 */
final class ArticleScan {

    /** A registry phrase at UTF-16 offset {@code offset}. */
    record Hit(int offset, Entity entity, Term.Kind kind) {
    }

    private static final int WINDOW = 16_384;
    private static final Set<Term.Kind> SKIP = Set.of(Term.Kind.DESCRIPTOR, Term.Kind.GENERIC, Term.Kind.AMBIGUOUS_SURNAME);

    private final List<Hit> hits;

    private ArticleScan(List<Hit> hits) {
        this.hits = List.copyOf(hits);
    }

    static ArticleScan of(Registry registry, String text) {
        List<Hit> hits = new ArrayList<>();
        int s = 0;
        while (s < text.length()) {
            int e = Math.min(text.length(), s + WINDOW);
            while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            List<Words.Word> words = Words.of(text, s, e);
            for (PhraseIndex.Match m : registry.scan(words, SKIP)) {
                hits.add(new Hit(words.get(m.from()).start(), m.term().entity(), m.term().kind()));
            }
            s = e;
        }
        return new ArticleScan(hits);
    }

    /** The person named last before {@code before} that passes {@code ok}, or null. */
    Hit lastPerson(int before, Predicate<Entity> ok) {
        for (int i = lastIndexBefore(before); i >= 0; i--) {
            Hit h = hits.get(i);
            if (h.kind() == Term.Kind.PERSON && ok.test(h.entity())) {
                return h;
            }
        }
        return null;
    }

    /** Offset of the last naming of {@code e} before {@code before}, or -1. */
    int lastOffset(Entity e, int before) {
        for (int i = lastIndexBefore(before); i >= 0; i--) {
            if (hits.get(i).entity() == e) {
                return hits.get(i).offset();
            }
        }
        return -1;
    }

    /**
     * The country the article talks about most before {@code before} (countries, capitals,
     * demonyms; ties go to the one named last), or null.
     */
    String dominantCountry(int before) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        int end = lastIndexBefore(before);
        for (int i = 0; i <= end; i++) {
            Hit h = hits.get(i);
            if (h.kind() == Term.Kind.COUNTRY || h.kind() == Term.Kind.DEMONYM) {
                count.merge(h.entity().name(), 1, Integer::sum);
                last.put(h.entity().name(), i);
            }
        }
        String best = null;
        for (var e : count.entrySet()) {
            if (best == null || e.getValue() > count.get(best)
                    || (e.getValue().equals(count.get(best)) && last.get(e.getKey()) > last.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    private int lastIndexBefore(int offset) {
        int lo = 0;
        int hi = hits.size() - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).offset() < offset) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }
}
