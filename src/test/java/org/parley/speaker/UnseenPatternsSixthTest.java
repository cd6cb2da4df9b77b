package org.parley.speaker;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extraction and attribution together, with the real registry, on everyday-news patterns the sixth
 * held-out set found missed: a body whose name shares words with a registry body, a subject with two
 * appositives, a name-cased pair inside an organisation's name, an anonymous woman described by where
 * she lives, "shadow" roles, an aside "in a statement carried by …" before the verb, "called X “…”
 * and said …", "Critics say it …", a surname the tagger reads as a verb, and a dateline clause
 * attributed after "said after hours of talks with …". Invented sentences with fictional people and
 * places (none from the held-out files).
 */
class UnseenPatternsSixthTest {


    /**
     * Each row: the article (paragraphs split on " / "), the exact text of one quote it must yield,
     * that quote's kind and its speaker ("-" for none).
     */
    @ParameterizedTest(name = "{1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # 1. a national body whose name shares words with a registry body keeps its own name
            The Velmari National Coalition, the main opposition bloc, said in a statement that it would study the offer. | it would study the offer | indirect | Velmari National Coalition
            # 2. an expert named after a closing quotation with an affiliation "at the X Institute in Y"
            "The pier is only as safe as its weakest plank," said Mira Holloway, a senior fellow at the Brackley Institute in Norwood. | The pier is only as safe as its weakest plank, | direct | Mira Holloway
            # 3. a subject with two appositives, the second describing the first's employer
            Lena Okafor, a researcher at the Dorna Centre for Harbour Studies, a group of retired engineers now based in Velmar, said the cranes were evidence that the port was recovering. | the cranes were evidence that the port was recovering | indirect | Lena Okafor
            # 4. "He said" after a man introduced as a member of a named body who did not speak
            Piet Aronsen, a senior member of the opposition Velmari Harbour Union, gave a different account. He said the crane had collapsed before the storm. | the crane had collapsed before the storm | indirect | Piet Aronsen
            Piet Aronsen, a senior member of the opposition Velmari National Coalition, gave a different account. He said the crane had collapsed before the storm. | the crane had collapsed before the storm | indirect | Piet Aronsen
            # 5. "she" goes to an anonymous woman, not a man named earlier without speaking
            Velmar's transport minister, Oskar Brenner, called for an inquiry. / A woman living near the docks, reached by telephone, said the crane fell at dawn. "We heard it from the bakery," she said. | We heard it from the bakery, | direct | -
            Velmar's foreign minister, Jarek Ostrovin, called for an inquiry by the harbour board. / A woman living near the docks, reached by telephone, said the crane fell at dawn. "We heard it from the bakery," she said. | We heard it from the bakery, | direct | -
            # 6. a role with a qualifier ("shadow", "deputy") is a different role
            The harbour secretary, Oskar Brenner, said the pier would reopen. / The shadow harbour secretary, Ilse Varga, said the board had been 'far too slow' to act. / The harbour secretary replied that the board had acted within a day. | the board had acted within a day | indirect | Oskar Brenner
            # 7. "called X "…" and said …": the object-taking verb is a quote of its own
            Ilse Varga called the merger "a good day for the fleet" and said she would meet the unions on May 4. | the merger "a good day for the fleet" | mixed | Ilse Varga
            Ilse Varga, in a statement issued in Dorna, called the merger "a good day for the fleet" and said she would meet the unions on May 4. | the merger "a good day for the fleet" | mixed | Ilse Varga
            Ilse Varga called the merger "a good day for the fleet". | the merger "a good day for the fleet" | mixed | Ilse Varga
            # 8. a body or person with an inserted "in a statement carried by …" before the verb
            The Velmari Transport Ministry, in a statement carried by the port authority, denied that its tugs had blocked the channel and said the ferry was "simply too large". | its tugs had blocked the channel | indirect | Velmari Transport Ministry
            # 9. an unnamed plural source in the present tense with a bare clause
            The port will reopen in May. / Opponents of the scheme say it hands too much power to the harbour board. | it hands too much power to the harbour board | indirect | -
            The port will reopen in May. / Opponents of the scheme say that it hands too much power to the harbour board. | it hands too much power to the harbour board | indirect | -
            # 10. a surname the POS tagger reads as a verb when it ends the mention still belongs to the name
            "The pier is safe," said Mira Wenlock, a senior fellow at the Brackley Institute. | The pier is safe, | direct | Mira Wenlock
            Mira Wenlock said the pier was safe. | the pier was safe | indirect | Mira Wenlock
            # 11. a dateline, the reported clause, then "X said after hours of talks with …": the setting is no quote
            DORNA, Velmar (Harbour Wire) — Velmar and Ostland agreed Tuesday to reopen the northern pier next week, Velmari Harbour Secretary Ilse Varga said after more than six hours of talks with her Ostlandic counterpart, Piet Aronsen. | Velmar and Ostland agreed Tuesday to reopen the northern pier next week | indirect | Ilse Varga
            """)
    void patternMissedOnUnseenText(String text, String quote, String kind, String speaker) {
        UnseenText.assertQuote(text, quote, kind, speaker);
    }
}
