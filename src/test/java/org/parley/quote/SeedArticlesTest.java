package org.parley.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.article.Article;

/**
 * Smoke test over the seed articles: structural properties only, plus a handful of direct quotes
 * visible verbatim in the files. The measure against gold labels lives elsewhere.
 */
class SeedArticlesTest {

    private static final Path SEEDS = Path.of("corpus/articles");
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    /** Marks as furniture what an article reader would: lines without a final stop of a few words. */
    private static boolean furnitureLike(String line) {
        String s = line.strip();
        return s.split("\\s+").length <= 4 && !s.endsWith(".") || s.startsWith("PHOTO:") || s.startsWith("See ");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void structurallySound(Path file) throws IOException {
        Article plain = TestArticles.seed(file);
        Article a = TestArticles.of(plain.id(), plain.text(), SeedArticlesTest::furnitureLike);
        List<Quote> quotes = EXTRACTOR.extract(a, w -> { });
        assertFalse(quotes.isEmpty(), file.toString());
        QuoteSpansTest.assertSpansRoundTrip(a, quotes);
        for (Quote q : quotes) {
            assertFalse(q.text().startsWith("“") && q.kind() == QuoteKind.DIRECT, () -> "mark kept: " + q);
            assertFalse(q.text().isBlank());
        }
        assertEquals(quotes, EXTRACTOR.extract(a, w -> { }), "deterministic");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2015-12-16_afp_us-russia-push-ahead-syria-talks | We don’t seek to isolate Russia as a matter of policy,
            2015-12-16_afp_us-russia-push-ahead-syria-talks | You can’t defeat Daesh without also de-escalating the fight in Syria,
            2015-12-22_eaworldview_russia-france-consult | Our intelligence services will strengthen their already existing ties, which require increased cooperation.
            2016-03-24_reuters_kerry-vows-work-with-moscow | It’s a baby step, but a necessary step. It’s not a bad result.
            2015-12-16_eaworldview_kerry-putin-new-york-talks | The United States and our partners are not seeking regime change in Syria.
            """)
    void findsKnownDirectQuotes(String id, String text) throws IOException {
        List<Quote> quotes = EXTRACTOR.extract(TestArticles.seed(SEEDS.resolve(id + ".txt")), w -> { });
        assertTrue(quotes.stream().anyMatch(q -> q.kind() == QuoteKind.DIRECT && q.text().equals(text)),
                () -> QuoteExtractorTest.describe(quotes));
    }

    @Test
    void scareQuotesAndHeadingsOfSeedsAreNotQuotes() throws IOException {
        for (Path f : seeds().toList()) {
            for (Quote q : EXTRACTOR.extract(TestArticles.seed(f), w -> { })) {
                assertFalse(q.kind() == QuoteKind.DIRECT && !q.text().contains(" "), () -> "single word: " + q);
                assertFalse(q.text().contains("We Are Working With Syrian Rebels"), () -> "heading: " + q);
            }
        }
    }
}
