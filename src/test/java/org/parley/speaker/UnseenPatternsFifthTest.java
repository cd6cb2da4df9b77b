package org.parley.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Article;
import org.parley.quote.Quote;
import org.parley.quote.QuoteExtractor;
import org.parley.text.Warning;

/**
 * Extraction and attribution together, with the real registry, on patterns the fifth held-out set
 * found missed: British single quotation marks with apostrophes and nested double marks inside,
 * hearing transcripts ("Chairwoman NAME:", "Dr NAME:", "The Chair:") and honorific + surname
 * mentions, published words quoted in a column ("as X wrote in …", "in the words of X"), a pronoun
 * skipping a speaker of the other gender, and the sentences that go on quoting a joint statement.
 * Invented sentences with fictional people and places (none from the held-out files).
 */
class UnseenPatternsFifthTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();
    private static final Attributor ATTRIBUTOR = new Attributor(RegistryTest.CORPUS);

    /**
     * Each row: the article (paragraphs split on " / "), the exact text of one quote it must yield,
     * that quote's kind and its speaker ("-" for none).
     */
    @ParameterizedTest(name = "{1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # 1. British single marks: apostrophes inside words never close, a nested “…” stays inside
            Harbour Minister Ilse Varga called the plan ‘a good start for the fleet’. / ‘We have not finished the work today,’ she said, ‘but the boats can sail on Monday.’ | We have not finished the work today, | direct | Ilse Varga
            Harbour Minister Ilse Varga called the plan ‘a good start for the fleet’. / ‘We have not finished the work today,’ she said, ‘but the boats can sail on Monday.’ | but the boats can sail on Monday. | direct | Ilse Varga
            Harbour Minister Ilse Varga called the plan ‘a good start for the fleet’. / ‘There will be no quota for the trawlers,’ said Fisheries Minister Oskar Brenner. ‘On this point Velmar’s position hasn’t changed and won’t change.’ | There will be no quota for the trawlers, | direct | Oskar Brenner
            Harbour Minister Ilse Varga called the plan ‘a good start for the fleet’. / ‘There will be no quota for the trawlers,’ said Fisheries Minister Oskar Brenner. ‘On this point Velmar’s position hasn’t changed and won’t change.’ | On this point Velmar’s position hasn’t changed and won’t change. | direct | Oskar Brenner
            Harbour Minister Ilse Varga called the plan ‘a good start for the fleet’. / ‘A date on a chart is not a harbour,’ Brenner told reporters. ‘It is a promise. Now we see who keeps it.’ | A date on a chart is not a harbour, | direct | Brenner
            Harbour Minister Ilse Varga called the plan ‘a good start for the fleet’. / ‘A date on a chart is not a harbour,’ Brenner told reporters. ‘It is a promise. Now we see who keeps it.’ | It is a promise. Now we see who keeps it. | direct | Brenner
            Harbour Minister Ilse Varga called the plan 'a good start for the fleet'. / 'We have not finished the work today,' she said, 'but the boats can sail on Monday.' | We have not finished the work today, | direct | Ilse Varga
            Harbour Minister Ilse Varga called the plan ‘a good start for the fleet’. / ‘When my colleague says “pirates”, he means every boat in the 1990s’ registry,’ said Oskar Brenner. | When my colleague says “pirates”, he means every boat in the 1990s’ registry, | direct | Oskar Brenner
            """)
    void patternMissedOnUnseenText(String text, String quote, String kind, String speaker) {
        Article a = Fixtures.article(LocalDate.parse("2016-03-01"), text.replace(" / ", "\n") + "\n");
        List<Warning> warnings = new ArrayList<>();
        List<Quote> quotes = EXTRACTOR.extract(a, warnings::add);
        List<Attribution> as = ATTRIBUTOR.attribute(a, quotes);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            found.add(q.kind().name().toLowerCase(java.util.Locale.ROOT) + " [" + q.text() + "] by " + as.get(i).speaker()
                    + " (" + q.mention() + ")");
            if (q.text().equals(quote)) {
                assertEquals(kind, q.kind().name().toLowerCase(java.util.Locale.ROOT), found.toString());
                assertEquals(speaker, as.get(i).speaker(), found.toString());
                return;
            }
        }
        assertTrue(false, "no quote [" + quote + "] among " + found);
    }
}
