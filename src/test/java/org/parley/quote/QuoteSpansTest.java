package org.parley.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.Paragraph;
import org.parley.text.Warning;

/** Offsets, warnings and robustness: spans read back, odd input never throws. */
class QuoteSpansTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    /** Every quote and mention reads back from its span and lies inside its paragraph. */
    static void assertSpansRoundTrip(Article a, List<Quote> quotes) {
        int lastEnd = -1;
        for (Quote q : quotes) {
            assertEquals(q.text(), a.slice(q.span()), "quote span of " + q);
            if (q.mention() != null) {
                assertEquals(q.mention(), a.slice(q.mentionSpan()), "mention span of " + q);
            }
            Paragraph p = a.paragraphs().stream().filter(x -> x.index() == q.paragraph()).findFirst().orElseThrow();
            assertTrue(p.span().contains(q.span()), () -> "quote outside its paragraph: " + q);
            assertFalse(p.furniture(), () -> "quote in furniture: " + q);
            assertTrue(q.span().start() >= lastEnd, () -> "overlapping or unordered: " + q);
            lastEnd = q.span().end();
        }
    }

    @Test
    void spansCountCodePointsPastEmoji() {
        String text = "🎉🎉 Harbour news 🎉 for 𝕏 readers.\n"
                + "😀 “We won the vote,” said Ida Nes, a councillor for Eastport. 🌊 “It was close.”\n"
                + "Lind said the 😀 result “changes very little for the islands” in the end.";
        Article a = TestArticles.of(text);
        List<Quote> quotes = EXTRACTOR.extract(a, w -> { });
        assertEquals(3, quotes.size(), QuoteExtractorTest.describe(quotes));
        assertSpansRoundTrip(a, quotes);
        assertEquals("We won the vote,", quotes.get(0).text());
        assertEquals("Ida Nes, a councillor for Eastport", quotes.get(0).mention());
        assertEquals(QuoteKind.MIXED, quotes.get(2).kind());
        int expectedStart = text.codePointCount(0, text.indexOf("We won"));
        assertEquals(expectedStart, quotes.get(0).span().start());
    }

    @Test
    void unclosedQuotationMarkWarnsWithOffsetAndRecovers() {
        String text = "Note 😀.\n“We will never agree to this, said Ida Nes.\nThe meeting ended on Friday.";
        Article a = TestArticles.of(text);
        List<Warning> warnings = new ArrayList<>();
        List<Quote> quotes = EXTRACTOR.extract(a, warnings::add);
        assertEquals(1, warnings.size());
        int offset = text.codePointCount(0, text.indexOf('“'));
        assertEquals(8, offset);
        assertEquals("unclosed quotation mark at offset 8", warnings.get(0).message());
        assertEquals("test.txt", warnings.get(0).source());
        assertSpansRoundTrip(a, quotes);
        assertTrue(quotes.stream().allMatch(q -> q.paragraph() == 1), QuoteExtractorTest.describe(quotes));
    }

    @Test
    void quotationContinuedOnTheNextParagraphDoesNotWarn() {
        List<Warning> warnings = new ArrayList<>();
        List<Quote> quotes = EXTRACTOR.extract(
                TestArticles.of("Berg said: “We will wait.\n“Then we will decide.”"), warnings::add);
        assertEquals(List.of(), warnings);
        assertEquals(2, quotes.size());
    }

    @Test
    void emptyArticleYieldsNothing() {
        List<Warning> warnings = new ArrayList<>();
        assertEquals(List.of(), EXTRACTOR.extract(TestArticles.of(""), warnings::add));
        assertEquals(List.of(), EXTRACTOR.extract(TestArticles.of("\n\n  \n"), warnings::add));
        assertEquals(List.of(), warnings);
    }

    @Test
    void fiveMegabyteParagraphWithoutLineBreaks() {
        String[] sentences = {
            "“We will keep the channels open,” said Anna Berg, a spokeswoman for the Nordic Council. ",
            "Tomas Lind, the mayor of Eastport, said the bridge would reopen in May, adding that costs were rising. ",
            "Council chair Petra Nyland said the plan was “a fair and balanced compromise” for both towns. ",
            "The convoy reached the town on Tuesday, according to the Regional Relief Agency. ",
            "Ships waited at the U.S. border near St. Anne for Gen. Holm to arrive on Dec. 4 with J. R. Smith. ",
        };
        StringBuilder sb = new StringBuilder(5_300_000);
        for (int k = 0; sb.length() < 5_000_000; k++) {
            sb.append(sentences[k % sentences.length]);
        }
        Article a = TestArticles.of(sb.toString());
        List<Quote> quotes = EXTRACTOR.extract(a, w -> { });
        assertTrue(quotes.size() > 50_000, "quotes: " + quotes.size());
        Quote first = quotes.get(0);
        assertEquals("We will keep the channels open,", first.text());
        Quote lastQuote = quotes.get(quotes.size() - 1);
        assertEquals(lastQuote.text(), a.slice(lastQuote.span()));
    }

    @Test
    void fiveMegabytesOfOneRunOnSentence() {
        StringBuilder sb = new StringBuilder(5_300_000);
        sb.append("“");
        while (sb.length() < 2_500_000) {
            sb.append("Berg said that Lind said the council, the board and ");
        }
        sb.append("the town said so ");
        while (sb.length() < 5_000_000) {
            sb.append("and then, a b c d e, ");
        }
        List<Warning> warnings = new ArrayList<>();
        Article a = TestArticles.of(sb.toString());
        List<Quote> quotes = EXTRACTOR.extract(a, warnings::add);
        assertEquals(1, warnings.size());
        assertSpansRoundTrip(a, quotes);
    }
}
