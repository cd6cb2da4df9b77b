package org.parley.speaker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.Paragraph;
import org.parley.article.Span;
import org.parley.quote.Quote;
import org.parley.quote.QuoteKind;

/** Test-only factory: an article whose paragraphs are its non-blank lines, and quotes found in it by text. */
final class Fixtures {

    private Fixtures() {
    }

    static Article article(LocalDate date, String text) {
        List<Paragraph> ps = new ArrayList<>();
        int s = 0;
        while (s <= text.length()) {
            int e = text.indexOf('\n', s);
            if (e < 0) {
                e = text.length();
            }
            if (!text.substring(s, e).isBlank()) {
                ps.add(new Paragraph(ps.size(), new Span(text.codePointCount(0, s), text.codePointCount(0, e)),
                        text.substring(s, e), false));
            }
            s = e + 1;
        }
        return new Article("test-article", "Test", "Test outlet", date, null, text, ps, "test-article.txt");
    }

    /** Builds quotes in article order: each is searched for after the previous one. */
    static final class Quotes {
        private final Article article;
        private final List<Quote> quotes = new ArrayList<>();
        private int cursor;

        Quotes(Article article) {
            this.article = article;
        }

        /** A quote with {@code text}; {@code mention} is searched in its paragraph, else the paragraphs before. */
        Quotes add(QuoteKind kind, String text, String mention) {
            String t = article.text();
            int s = t.indexOf(text, cursor);
            if (s < 0) {
                throw new IllegalArgumentException("quote not in fixture: " + text);
            }
            int e = s + text.length();
            cursor = e;
            Paragraph p = paragraphAt(s);
            Quote q;
            if (mention == null) {
                q = new Quote(kind, text, article.span(s, e), p.index(), null, null, null);
            } else {
                int m = findMention(mention, p, s);
                q = new Quote(kind, text, article.span(s, e), p.index(), "said", mention,
                        article.span(m, m + mention.length()));
            }
            quotes.add(q);
            return this;
        }

        List<Quote> list() {
            return List.copyOf(quotes);
        }

        private int findMention(String mention, Paragraph p, int quoteStart) {
            String t = article.text();
            for (int i = p.index(); i >= 0; i--) {
                Paragraph para = article.paragraphs().get(i);
                int ps = article.charIndex(para.span().start());
                int pe = article.charIndex(para.span().end());
                int m = t.lastIndexOf(mention, i == p.index() ? quoteStart : pe);
                if (m >= ps && m + mention.length() <= pe) {
                    return m;
                }
                m = t.indexOf(mention, ps);
                if (m >= 0 && m + mention.length() <= pe) {
                    return m;
                }
            }
            throw new IllegalArgumentException("mention not in fixture: " + mention);
        }

        private Paragraph paragraphAt(int charIndex) {
            int cp = article.text().codePointCount(0, charIndex);
            for (Paragraph p : article.paragraphs()) {
                if (p.span().start() <= cp && cp <= p.span().end()) {
                    return p;
                }
            }
            throw new IllegalArgumentException("offset outside paragraphs: " + charIndex);
        }
    }
}
