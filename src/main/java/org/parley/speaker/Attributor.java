package org.parley.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.article.Article;
import org.parley.article.Paragraph;
import org.parley.quote.Quote;
import org.parley.quote.QuoteKind;
import org.parley.speaker.ArticleContext.Source;
import org.parley.speaker.Attribution.Sieve;

/**
 * Attributes quotes to speakers (ANNOTATION.md §2) with sieves tried from the most confident:
 * a transcript label; a name next to the speech verb (registry alias or surname, diacritics and
 * case ignored; else the name as the article writes it, title dropped); a role or descriptor
 * resolved through the registry and the article's date; an institution (an unnamed spokesperson of
 * a named institution is the institution; "the Ministry" is the matching institution the article
 * named last, else the one of the article's main country); a country or capital; a pronoun (the
 * most recent quote source of the right gender and number); an anonymous description (speaker
 * null); for a quotation that fills its paragraph with no mention, a person named in the heading
 * line right before it ({@link HeadingSpeaker}); and, for a direct or block quote with no mention,
 * the previous quote's source when it is in the same or the previous paragraph. Reported speech with no mention is agentless ("It was
 * noted that …") and has no speaker. Joint subjects ("He and Kerry") resolve to their first member. A block
 * quote with its own mention reports {@link Sieve#BLOCK_INTRO} when the intro named the source.
 *
 * <p>The registry improves attribution but never limits it: a person it lacks keeps the article's
 * name. The POS tagger runs only on short mentions whose head is capitalised and unknown.
 *
 * <p>Thread-safe: holds only the immutable registry; all per-article state lives in a context
 * made per call.
 */
public final class Attributor {

    private final Registry registry;
    private final MentionReader reader;

    public Attributor(Registry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.reader = new MentionReader(registry);
    }

    public Registry registry() {
        return registry;
    }

    /**
     * One attribution per quote, in the same order. Quotes are expected in article order, since
     * pronouns and continuing quotes look back at the quotes before them.
     */
    public List<Attribution> attribute(Article article, List<Quote> quotes) {
        String text = article.text();
        int codePoints = text.codePointCount(0, text.length());
        boolean bmp = text.length() == codePoints;
        ArticleContext ctx = new ArticleContext(registry, article.date(), ArticleScan.of(registry, text),
                new ArticleNames(text));
        List<Attribution> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            int cp = q.mentionSpan() != null ? q.mentionSpan().start() : q.span().start();
            int at = bmp ? Math.min(cp, text.length()) : article.charIndex(Math.min(cp, codePoints));
            Source s;
            if ((q.mention() == null || q.mention().isBlank()) && (q.kind() == QuoteKind.INDIRECT
                    || q.kind() == QuoteKind.MIXED)) {
                s = new Source(new Attribution(null, null, Sieve.NONE), null, ArticleContext.Kind.NONE, Gender.UNKNOWN,
                        false, false, q.paragraph(), at); // agentless: "It was noted that …"
            } else if (q.mention() == null || q.mention().isBlank()) {
                String heading = q.kind() == QuoteKind.DIRECT ? HeadingSpeaker.of(article, q) : null;
                s = heading != null ? ctx.resolve(reader.read(heading), heading, q.paragraph(), at)
                        : continuation(ctx.last(), q, article, at);
            } else {
                s = ctx.resolve(reader.read(q.mention()), q.mention(), q.paragraph(), at);
                if (q.kind() == QuoteKind.BLOCK) {
                    s = blockIntro(s);
                }
            }
            ctx.push(s);
            out.add(s.attribution());
        }
        return out;
    }

    /** Attributes one mention with no context other than the article's date; for tests and tools. */
    public Attribution attribute(String mention, java.time.LocalDate date) {
        ArticleContext ctx = new ArticleContext(registry, date, ArticleScan.of(registry, ""));
        return ctx.resolve(reader.read(mention), mention, 0, 0).attribution();
    }

    private static Source blockIntro(Source s) {
        Sieve v = s.attribution().sieve();
        if (v == Sieve.NAME || v == Sieve.ROLE || v == Sieve.INSTITUTION || v == Sieve.COUNTRY) {
            Attribution a = s.attribution();
            return new Source(new Attribution(a.speaker(), a.mention(), Sieve.BLOCK_INTRO), s.entity(), s.kind(),
                    s.gender(), s.plural(), s.joint(), s.paragraph(), s.offset());
        }
        return s;
    }

    private static Source continuation(Source prev, Quote q, Article article, int at) {
        boolean near = prev != null && prev.attribution().sieve() != Sieve.NONE
                && (prev.attribution().sieve() == Sieve.TRANSCRIPT || onlyFurnitureBetween(article, prev.paragraph(), q.paragraph()));
        if (!near) {
            return new Source(new Attribution(null, null, Sieve.NONE), null, ArticleContext.Kind.NONE, Gender.UNKNOWN,
                    false, false, q.paragraph(), at);
        }
        Attribution a = prev.attribution();
        Sieve sieve = a.sieve() == Sieve.TRANSCRIPT ? Sieve.TRANSCRIPT : Sieve.CONTINUATION;
        return new Source(new Attribution(a.speaker(), a.mention(), sieve), prev.entity(), prev.kind(), prev.gender(),
                prev.plural(), prev.joint(), q.paragraph(), at);
    }

    /** True when paragraph {@code to} is {@code from}, the next one, or only furniture lies between. */
    private static boolean onlyFurnitureBetween(Article article, int from, int to) {
        if (to < from) {
            return false;
        }
        List<Paragraph> ps = article.paragraphs();
        for (int i = from + 1; i < to; i++) {
            if (i >= ps.size() || !ps.get(i).furniture()) {
                return false;
            }
        }
        return true;
    }
}
