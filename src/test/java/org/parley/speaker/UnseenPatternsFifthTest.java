package org.parley.speaker;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extraction and attribution together, with the real registry, on patterns the fifth held-out set
 * found missed: British single quotation marks with apostrophes and nested double marks inside,
 * hearing transcripts ("Chairwoman NAME:", "Dr NAME:", "The Chair:") and honorific + surname
 * mentions, published words quoted in a column ("as X wrote in …", "in the words of X"), a pronoun
 * skipping a speaker of the other gender, and the sentences that go on quoting a joint statement.
 * Invented sentences with fictional people and places (none from the held-out files).
 */
class UnseenPatternsFifthTest {


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
            # 2. hearing transcripts: "Title NAME:" lines with particles and hyphens, "The Chair:", the turn ends at narrative
            The harbour board’s chair, Ilse Varga, opened the session. / Dr Oskar van der Brenner told the board the pier was unsafe. / The exchange was short: / Chairwoman Varga: Who closed the pier? / Dr van der Brenner: Nobody closed it. It fell down. / Chairwoman Varga: And the boats? / Dr van der Brenner: They sank at the mooring. | Nobody closed it. It fell down. | block | Oskar van der Brenner
            The harbour board’s chair, Ilse Varga, opened the session. / Dr Oskar van der Brenner told the board the pier was unsafe. / The exchange was short: / Chairwoman Varga: Who closed the pier? / Dr van der Brenner: Nobody closed it. It fell down. / Chairwoman Varga: And the boats? / Dr van der Brenner: They sank at the mooring. | Who closed the pier? | block | Ilse Varga
            The harbour board’s chair, Ilse Varga, opened the session. / Karim el-Masri, a ferry captain, told the board the pier was unsafe. / Lena Dorn-Weber, the deputy chair, asked about the boats. / Ms Dorn-Weber: Are the boats safe? / Mr el-Masri: They sank at the mooring. / The Chair: Could the board have done more? / Mr el-Masri: It could have listened. | Could the board have done more? | block | Ilse Varga
            The harbour board’s chair, Ilse Varga, opened the session. / Karim el-Masri, a ferry captain, told the board the pier was unsafe. / Lena Dorn-Weber, the deputy chair, asked about the boats. / Ms Dorn-Weber: Are the boats safe? / Mr el-Masri: They sank at the mooring. / The Chair: Could the board have done more? / Mr el-Masri: It could have listened. | They sank at the mooring. | block | Karim el-Masri
            The harbour board’s chair, Ilse Varga, opened the session. / Karim el-Masri, a ferry captain, told the board the pier was unsafe. / Lena Dorn-Weber, the deputy chair, asked about the boats. / Ms Dorn-Weber: Are the boats safe? / Mr el-Masri: They sank at the mooring. / The Chair: Could the board have done more? / Mr el-Masri: It could have listened. | Are the boats safe? | block | Lena Dorn-Weber
            Piet Aronsen-Lund, a member of the board, spoke last. / Mr Aronsen-Lund, who has called for the pier to close until it is repaired, was not persuaded. / Mr Aronsen-Lund: Why now? / Ms Varga: Because it fell down. / Ilse Varga, a harbour engineer, told the board that at least 40 boats had been lost. | at least 40 boats had been lost | indirect | Ilse Varga
            Piet Aronsen-Lund, a member of the board, spoke last. / Mr Aronsen-Lund, who has called for the pier to close until it is repaired, was not persuaded. / Mr Aronsen-Lund: Why now? / Ms Varga: Because it fell down. / Ilse Varga, a harbour engineer, told the board that at least 40 boats had been lost. | Why now? | block | Piet Aronsen-Lund
            Piet Aronsen-Lund, a member of the board, spoke last. / Mr Aronsen-Lund said that the pier should close until it is repaired. | the pier should close until it is repaired | indirect | Piet Aronsen-Lund
            Ilse Varga, a harbour engineer, spoke first. / Ms Varga, who has run the docks since 2009, said the pier was “a danger to everyone” and that the board would write to the ministry. | the pier was “a danger to everyone” and that the board would write to the ministry | mixed | Ilse Varga
            Lena Dorn, the deputy chair, asked about the boats. / Ms Dorn: Are the boats safe? / Karim el-Masri, a lawyer for the ferry crews, told the board that at least 40 boats had been lost. / Mr el-Masri, whose father ran the ferry, spoke for an hour. | at least 40 boats had been lost | indirect | Karim el-Masri
            Ilse Varga, the harbour master until 2012, told MPs the board had "no plan whatever" for the pier, because "boats cost them nothing". | the board had "no plan whatever" for the pier, because "boats cost them nothing" | mixed | Ilse Varga
            The piers have "all but collapsed" since May, the head of a fishing union told the harbour board on Monday, in a session that also heard calls for the board to resign. | The piers have "all but collapsed" since May | mixed | -
            Ilse Varga, Velmar's consul in Dorna Serin until the consulate closed in 2012, told MPs the port there had "no plan whatever" for the pier, because "boats cost them nothing". / She said she had warned the board "at least ten times" before the consulate closed. | the port there had "no plan whatever" for the pier, because "boats cost them nothing" | mixed | Ilse Varga
            # 3. column patterns: published words, quotes to the columnist, a place in a description is no speaker
            Consider the piers. In the words of Mira Sandell, whose book The Cold Harbour is still the best account of the strike, “the board never closed a pier it was willing to sell.” | the board never closed a pier it was willing to sell. | direct | Mira Sandell
            As a senior Velmari official put it to me over coffee last week, “We are arguing about the chairs while the ship sinks.” He meant it as a complaint. | We are arguing about the chairs while the ship sinks. | direct | -
            “Nothing from the board,” a retired fisherman from Dorna Serin told me on the quay two years ago, “only that the sea be calm for one night.” | only that the sea be calm for one night. | direct | -
            Oskar Brenner, the harbour envoy, saw this coming. As he wrote in his last report to the board, “a pier that nobody repairs is a ruin.” He wanted 40 divers. | a pier that nobody repairs is a ruin. | direct | Oskar Brenner
            Ilse Varga, our Harbour Secretary, argued in these pages in January that the strike could not end “while one side holds the keys to every pier.” | the strike could not end “while one side holds the keys to every pier.” | mixed | Ilse Varga
            # 4. one verb with two "that" clauses, the first a quotation; "she" skips a man quoted in between
            A harbour spokesman, Piet Aronsen, told reporters that “nobody is closing anything” and that the pier would open on May 3 “with or without a crane”. | “nobody is closing anything” and that the pier would open on May 3 “with or without a crane” | mixed | Piet Aronsen
            Ilse Varga, the harbour board’s spokeswoman, said the pier was closed. “We will not open it,” Varga said. / A ferry spokesman, Piet Aronsen, told reporters that the pier “was never closed at all”. / Asked about those remarks, Varga smiled. “They have a creative memory,” she said. | They have a creative memory, | direct | Ilse Varga
            # 5. a joint statement speaks for the body that issued it, and "it" is the statement
            In a joint statement issued after the meeting, the Harbour Safety Forum said: / All crews shall stay in port until 15 May. / The statement made no mention of the ferries. Officials said it had been redrafted twice. / ‘There can be no quick repair of the pier,’ the statement said. It also said the Forum would ‘review the tariffs’ next month. | There can be no quick repair of the pier, | direct | Harbour Safety Forum
            In a joint statement issued after the meeting, the Harbour Safety Forum said: / All crews shall stay in port until 15 May. / The statement made no mention of the ferries. Officials said it had been redrafted twice. / ‘There can be no quick repair of the pier,’ the statement said. It also said the Forum would ‘review the tariffs’ next month. | the Forum would ‘review the tariffs’ next month | mixed | Harbour Safety Forum
            The Velmar Fisheries Ministry said in a statement that the boats had left. Oskar Brenner, a ferry captain, said they had not. / The statement said the crews were safe. | the crews were safe | indirect | Velmar Fisheries Ministry
            """)
    void patternMissedOnUnseenText(String text, String quote, String kind, String speaker) {
        UnseenText.assertQuote(text, quote, kind, speaker);
    }

    /** Settings after a closing attribution and other narration are not quotes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The piers have "all but collapsed" since May, the head of a fishing union told the harbour board on Monday, in a session that also heard calls for the board to resign. | in a session that also heard calls for the board to resign
            """)
    void narrationIsNoQuote(String text, String notQuote) {
        UnseenText.assertNoQuote(text, notQuote);
    }
}
