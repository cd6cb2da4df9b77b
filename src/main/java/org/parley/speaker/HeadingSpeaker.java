package org.parley.speaker;

import java.util.List;
import org.parley.article.Article;
import org.parley.article.Paragraph;
import org.parley.quote.Quote;

/**
 * The source of a quotation that fills its paragraph and has no attribution of its own, named only
 * in the line right before it: a live-blog heading such as "Message from Dr Ilse Varga, head of the
 * harbour clinic" or "Fisheries spokeswoman Lena Dorn, speaking to our reporter". That line is a
 * heading (no sentence punctuation at its end, no quotation marks, at most {@value #MAX_WORDS} words)
 * and writes a full name; the first one it writes is the speaker. Without this the quotation would
 * continue the previous entry's speaker across the heading.
 *
 * <p>Stateless and thread-safe.
 */
final class HeadingSpeaker {

    /** Longest line taken as a heading. */
    private static final int MAX_WORDS = 20;

    private HeadingSpeaker() {
    }

    /** The full name the heading before {@code q} writes first, or null when {@code q} is not such a quote. */
    static String of(Article article, Quote q) {
        List<Paragraph> ps = article.paragraphs();
        int i = q.paragraph();
        if (i < 1 || i >= ps.size() || !fills(article, ps.get(i), q)) {
            return null;
        }
        String heading = ps.get(i - 1).text().strip();
        if (heading.isEmpty() || Words.of(heading).size() > MAX_WORDS
                || heading.codePoints().anyMatch(HeadingSpeaker::mark)
                || ".!?:;…".indexOf(heading.charAt(heading.length() - 1)) >= 0) {
            return null;
        }
        List<ArticleNames.Entry> names = new ArticleNames(heading).recentBefore(heading.length(), MAX_WORDS);
        return names.isEmpty() ? null : names.get(names.size() - 1).name();
    }

    /** True when the quote's text is all of the paragraph but its quotation marks and punctuation. */
    private static boolean fills(Article article, Paragraph p, Quote q) {
        String before = article.text().substring(article.charIndex(p.span().start()), article.charIndex(q.span().start()));
        String after = article.text().substring(article.charIndex(q.span().end()), article.charIndex(p.span().end()));
        return before.codePoints().noneMatch(Character::isLetterOrDigit)
                && after.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean mark(int c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„';
    }
}
