package org.parley.speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.speaker.ArticleContext.Kind;
import org.parley.speaker.ArticleContext.Source;
import org.parley.speaker.Attribution.Sieve;

/**
 * Resolves "he", "she", "it" and "they" (ANNOTATION.md §2): the most recent quote source that
 * agrees in gender and number; for "he"/"she", a registry person named since when that source is
 * more than {@link ArticleContext#PRONOUN_REACH} paragraphs back, else the last compatible full name
 * the article wrote, else the person a described subject just before stands for
 * ({@link DescribedNames}). Genders of people the registry lacks are learned from the pronouns that
 * refer to them. "I" and "we" inside reported speech name nobody.
 *
 * <p>Not thread-safe: one per article, reading its {@link ArticleContext}'s quote history.
 */
final class Pronouns {

    private final List<Source> history;
    private final ArticleScan scan;
    private final ArticleNames names;
    private final DescribedNames describedNames;

    Pronouns(List<Source> history, ArticleScan scan, ArticleNames names, DescribedNames describedNames) {
        this.history = history;
        this.scan = scan;
        this.names = names;
        this.describedNames = describedNames;
    }

    /** The source pronoun reading {@code r} written as {@code mention} at UTF-16 {@code at} refers to. */
    Source resolve(Reading r, String mention, int paragraph, int at) {
        String p = r.name();
        if (p.equals("we") || p.equals("i")) {
            return ArticleContext.none(mention, paragraph, at);
        }
        Source hist = null;
        for (int i = history.size() - 1; i >= 0 && hist == null; i--) {
            if (agrees(history.get(i), p, r.gender())) {
                hist = history.get(i);
            }
        }
        boolean personal = p.equals("he") || p.equals("she");
        ArticleScan.Hit text = personal ? scan.lastPerson(at, r.gender()) : null;
        Source ref = hist;
        if (text != null && (hist == null || (hist.paragraph() < paragraph - ArticleContext.PRONOUN_REACH && text.offset() > hist.offset()))) {
            Entity e = text.entity();
            ref = new Source(new Attribution(e.name(), null, Sieve.NAME), e, Kind.PERSON, e.gender(), false, false,
                    paragraph, at);
        }
        if (ref == null && personal) {
            ref = lastNamed(r.gender(), paragraph, at);
        }
        String described = ref == null && personal ? describedNames.describedSubjectBefore(at) : null;
        if (described != null) {
            ref = new Source(new Attribution(described, null, Sieve.NAME), null, Kind.PERSON, r.gender(), false, false,
                    paragraph, at);
        }
        if (ref == null) {
            return ArticleContext.none(mention, paragraph, at);
        }
        Gender g = ref.gender();
        if (personal && g == Gender.UNKNOWN && ref.attribution().speaker() != null) {
            learned.putIfAbsent(ref.attribution().speaker(), r.gender());
            g = r.gender();
        }
        return new Source(new Attribution(ref.attribution().speaker(), mention, Sieve.PRONOUN), ref.entity(), ref.kind(),
                g, ref.plural(), r.joint(), paragraph, at);
    }

    /**
     * For "he"/"she" with no agreeing quote source: the most recent full name the article wrote
     * before the pronoun ("Brevia's foreign minister, Clara Huss, defended the proposal. “…,” she told
     * reporters") whose gender is not known to disagree; a man named since does not hide her.
     * Looks back over at most {@link #NAMED_REACH} names.
     */
    private Source lastNamed(Gender g, int paragraph, int at) {
        for (ArticleNames.Entry e : names.recentBefore(at, NAMED_REACH)) {
            if (learned.getOrDefault(e.name(), names.genderOf(e.name())).compatibleWith(g)) {
                return new Source(new Attribution(e.name(), null, Sieve.NAME), null, Kind.PERSON, g, false, false,
                        paragraph, at);
            }
        }
        return null;
    }

    /** How many distinct full names back a pronoun without a quote source looks for a compatible one. */
    private static final int NAMED_REACH = 6;

    /** Genders of unregistered people learned from the pronouns that referred to them. */
    private final Map<String, Gender> learned = new HashMap<>();

    private boolean agrees(Source s, String pronoun, Gender g) {
        Gender sg = s.gender() == Gender.UNKNOWN && s.attribution().speaker() != null
                ? learned.getOrDefault(s.attribution().speaker(), Gender.UNKNOWN) : s.gender();
        return switch (pronoun) {
            case "he", "she" -> (s.kind() == Kind.PERSON || s.kind() == Kind.ANONYMOUS) && !s.plural()
                    && sg.compatibleWith(g);
            case "they" -> s.kind() == Kind.INSTITUTION || s.kind() == Kind.COUNTRY || s.plural() || s.joint();
            case "it" -> s.kind() == Kind.INSTITUTION || s.kind() == Kind.COUNTRY
                    || (s.kind() == Kind.ANONYMOUS && s.plural());
            default -> false;
        };
    }
}
