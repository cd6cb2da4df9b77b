package org.parley.speaker;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extraction and attribution together, with the real registry, on everyday-news patterns the seventh
 * held-out set found missed: Gulf-style names after honorifics ("H.E. Sheikh …", name particles
 * "bin"/"bint"/"Al") and "the Minister" after a minister named with a long title whose portfolio
 * holds a name-cased pair, a country's possessive body ("X's Transport Ministry") named with the
 * country's demonym, and a government named by a demonym in "-ic". Invented sentences with fictional
 * people and places (none from the held-out files).
 */
class UnseenPatternsSeventhTest {


    /**
     * Each row: the article (paragraphs split on " / "), the exact text of one quote it must yield,
     * that quote's kind and its speaker ("-" for none).
     */
    @ParameterizedTest(name = "{1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # 1. honorifics dropped, name particles kept inside a Gulf-style name
            H.E. Sheikh Talal bin Mansour Al Kharusi, Minister of Ports and Maritime Affairs, received the Ostlandic delegation yesterday. / H.E. Sheikh Talal affirmed that the new pier would open in May. | the new pier would open in May | indirect | Talal bin Mansour Al Kharusi
            H.E. Sheikha Mariam bint Khalid Al-Harthi, Minister of Health and Community Affairs, received the delegation. / H.E. Sheikha Mariam stressed that the clinics would stay open. | the clinics would stay open | indirect | Mariam bint Khalid Al-Harthi
            # 2. "the Minister" after a minister named with a long title is that minister, not a body in the title
            H.E. Sheikh Talal bin Mansour Al Kharusi, Minister of Ports and International Cooperation, received the Ostlandic delegation yesterday. / H.E. Sheikh Talal affirmed that the new pier would open in May. / H.E. the Minister stressed the importance of dredging the channel. | the importance of dredging the channel | indirect | Talal bin Mansour Al Kharusi
            # 3. a country's possessive ministry speaks as the ministry, named with the country's demonym
            Ostland sent two tugs to the channel on Friday. / DORNA — Ostland's Transport Ministry on Friday denied that its tugs had blocked the channel. The Ostlandic navy was not involved. | its tugs had blocked the channel | indirect | Ostlandic Transport Ministry
            # 4. a government named by the demonym of a country the article names is the country
            Ostland sent two tugs to the channel on Friday. / In Dorna, the Ostlandic government has called for an inquiry into the collision. | an inquiry into the collision | indirect | Ostland
            """)
    void patternMissedOnUnseenText(String text, String quote, String kind, String speaker) {
        UnseenText.assertQuote(text, quote, kind, speaker);
    }
}
