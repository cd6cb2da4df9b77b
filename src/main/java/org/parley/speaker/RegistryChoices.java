package org.parley.speaker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.parley.speaker.ArticleContext.Source;

/**
 * Picks one registry entry where a mention leaves several open: whoever held a role on the
 * article's date, the institution a generic noun ("the Ministry") stands for, the person a shared
 * surname means. Ties go to the candidate that was a quote source last, else to the one the text
 * named last, else to the article's main country. Reads the article's quote sources (shared with
 * {@link ArticleContext}, most recent last).
 *
 * <p>Not thread-safe: one per article, owned by its {@link ArticleContext}.
 */
final class RegistryChoices {

    private final Registry registry;
    private final LocalDate date;
    private final ArticleScan scan;
    private final List<Source> history;

    RegistryChoices(Registry registry, LocalDate date, ArticleScan scan, List<Source> history) {
        this.registry = registry;
        this.date = date;
        this.scan = scan;
        this.history = history;
    }

    /** True when the registry entry was a quote source or is named in the text before {@code at}. */
    boolean mentioned(Entity e, int at) {
        for (Source h : history) {
            if (e.equals(h.entity())) {
                return true;
            }
        }
        return scan.lastOffset(e, at) >= 0;
    }

    /** Whoever held the role on the article's date; ties go to the one the article spoke of last. */
    Entity role(Reading r, int at) {
        List<List<Entity>> groups = registry.describe(r.descriptor(), r.qualifier(), date);
        LinkedHashSet<Entity> all = new LinkedHashSet<>();
        groups.forEach(all::addAll);
        for (List<Entity> g : groups) {
            if (!g.isEmpty()) {
                Entity e = mostRecent(g, at);
                if (e != null) {
                    return e;
                }
                if (g.size() == 1) {
                    return g.get(0);
                }
                break;
            }
        }
        return mostRecent(new ArrayList<>(all), at);
    }

    /** "the Ministry": qualified by a country, else the one named last, else the article's main country. */
    Entity generic(Reading r, int at) {
        List<Entity> cands = r.candidates();
        if (r.qualifier() != null) {
            List<Entity> q = cands.stream().filter(e -> r.qualifier().equals(e.affiliation())).toList();
            if (q.size() == 1) {
                return q.get(0);
            }
            if (!q.isEmpty()) {
                cands = q;
            }
        }
        Entity e = mostRecent(cands, at);
        if (e != null) {
            return e;
        }
        String country = scan.dominantCountry(at);
        if (country != null) {
            List<Entity> q = cands.stream().filter(x -> country.equals(x.affiliation())).toList();
            if (q.size() == 1) {
                return q.get(0);
            }
        }
        return cands.size() == 1 ? cands.get(0) : null;
    }

    Entity ambiguous(List<Entity> cands, int at) {
        Entity e = mostRecent(cands, at);
        if (e != null || date == null) {
            return e;
        }
        List<Entity> active = cands.stream().filter(p -> p.roles().stream().anyMatch(x -> x.heldOn(date))).toList();
        return active.size() == 1 ? active.get(0) : null;
    }

    /** The candidate that was a quote source last; else the one the text named last before {@code at}. */
    private Entity mostRecent(List<Entity> cands, int at) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Entity e = history.get(i).entity();
            if (e != null && cands.contains(e)) {
                return e;
            }
        }
        Entity best = null;
        int bestAt = -1;
        for (Entity c : cands) {
            int o = scan.lastOffset(c, at);
            if (o > bestAt) {
                bestAt = o;
                best = c;
            }
        }
        return best;
    }
}
