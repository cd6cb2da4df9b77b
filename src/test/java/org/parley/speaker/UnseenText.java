package org.parley.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.article.Article;
import org.parley.quote.Quote;
import org.parley.quote.QuoteExtractor;

/**
 * The real extractor and attributor (with the bundled registry) over a few invented lines, for the
 * tables of patterns found on held-out text. A table row writes its paragraphs separated by " / ".
 */
final class UnseenText {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();
    private static final Attributor ATTRIBUTOR = new Attributor(RegistryTest.CORPUS);

    private UnseenText() {
    }

    static Article article(String rows) {
        return Fixtures.article(LocalDate.parse("2016-03-01"), rows.replace(" / ", "\n") + "\n");
    }

    /** Asserts that {@code quote} is extracted from {@code text} with this kind and speaker (null: anonymous). */
    static void assertQuote(String text, String quote, String kind, String speaker) {
        Article a = article(text);
        List<Quote> quotes = EXTRACTOR.extract(a, w -> { });
        List<Attribution> as = ATTRIBUTOR.attribute(a, quotes);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            found.add(q.kind().name().toLowerCase(Locale.ROOT) + " [" + q.text() + "] by " + as.get(i).speaker()
                    + " (" + q.mention() + ", " + as.get(i).sieve() + ")");
            if (q.text().equals(quote)) {
                assertEquals(kind, q.kind().name().toLowerCase(Locale.ROOT), found.toString());
                assertEquals(speaker, as.get(i).speaker(), found.toString());
                return;
            }
        }
        fail("no quote [" + quote + "] among " + found);
    }

    /** Asserts that no quote extracted from {@code text} has exactly the text {@code notQuote}. */
    static void assertNoQuote(String text, String notQuote) {
        List<String> quotes = quotes(text);
        assertTrue(!quotes.contains(notQuote), quotes.toString());
    }

    /** The texts of the quotes extracted from {@code text}. */
    static List<String> quotes(String text) {
        return EXTRACTOR.extract(article(text), w -> { }).stream().map(Quote::text).toList();
    }
}
