package org.parley.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.article.Article;
import org.parley.text.Warning;

/** Extraction cases from ordinary news patterns, with invented speakers and organisations. */
class QuoteExtractorTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    static List<Quote> extract(String text) {
        List<Warning> warnings = new ArrayList<>();
        List<Quote> quotes = EXTRACTOR.extract(TestArticles.of(text), warnings::add);
        assertTrue(warnings.isEmpty(), () -> "unexpected warnings " + warnings);
        return quotes;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // speaker after the quote, with title; inverted verb with an appositive
                Arguments.of("“The budget is balanced,” Finance Minister Clara Holm said.",
                        0, "direct", "The budget is balanced,", "Finance Minister Clara Holm"),
                Arguments.of("“We will keep the channels open,” said Anna Berg, a spokeswoman for the Nordic Council.",
                        0, "direct", "We will keep the channels open,", "Anna Berg, a spokeswoman for the Nordic Council"),
                Arguments.of("“We are ready,” said a senior harbour official.",
                        0, "direct", "We are ready,", "a senior harbour official"),
                // speaker before the quote
                Arguments.of("Ida Nes said, “The vote was fair and the count was open.”",
                        0, "direct", "The vote was fair and the count was open.", "Ida Nes"),
                Arguments.of("Berg said: “We will not give up.”", 0, "direct", "We will not give up.", "Berg"),
                // split quotation: two direct quotes, one attribution
                Arguments.of("“We discussed the harbour,” she said, “and agreed on a timetable.”",
                        0, "direct", "We discussed the harbour,", "she"),
                Arguments.of("“We discussed the harbour,” she said, “and agreed on a timetable.”",
                        1, "direct", "and agreed on a timetable.", "she"),
                // nested single quotes and apostrophes stay inside
                Arguments.of("“He told me ‘wait until spring’ and left, so we didn’t argue,” the farmer said.",
                        0, "direct", "He told me ‘wait until spring’ and left, so we didn’t argue,", "the farmer"),
                // AP-style quotation over several paragraphs: one quote per paragraph
                Arguments.of("“We will keep talking,” Berg said. “Nobody gains from silence.\n“The next round is in March.”",
                        1, "direct", "Nobody gains from silence.", null),
                Arguments.of("“We will keep talking,” Berg said. “Nobody gains from silence.\n“The next round is in March.”",
                        2, "direct", "The next round is in March.", null),
                // ... with the attribution only at the end: it speaks for the earlier paragraphs too
                Arguments.of("“The first step is agreed.\n“The rest will follow,” Finance Minister Pavel Novak told reporters.",
                        0, "direct", "The first step is agreed.", "Finance Minister Pavel Novak"),
                Arguments.of("“The first step is agreed.\n“The rest will follow,” Finance Minister Pavel Novak told reporters.",
                        1, "direct", "The rest will follow,", "Finance Minister Pavel Novak"),
                // indirect speech: according to, appositive, relative clause, perfect tense, told, urged
                Arguments.of("The convoy reached the town on Tuesday, according to the Regional Relief Agency.",
                        0, "indirect", "The convoy reached the town on Tuesday", "the Regional Relief Agency"),
                Arguments.of("According to local officials, the ferry service will resume next week.",
                        0, "indirect", "the ferry service will resume next week", "local officials"),
                Arguments.of("Tomas Lind, the mayor of Eastport, said the bridge would reopen in May.",
                        0, "indirect", "the bridge would reopen in May", "Tomas Lind, the mayor of Eastport"),
                Arguments.of("The audit was ordered by Erik Sand, who said the figures were accurate.",
                        0, "indirect", "the figures were accurate", "Erik Sand"),
                Arguments.of("The dockworkers’ union has insisted that wages must rise.",
                        0, "indirect", "wages must rise", "The dockworkers’ union"),
                Arguments.of("Jens Aaberg told reporters on Friday that the vote would be delayed.",
                        0, "indirect", "the vote would be delayed", "Jens Aaberg"),
                Arguments.of("The Nordic Council urged both parties to return to the table.",
                        0, "indirect", "both parties to return to the table", "The Nordic Council"),
                Arguments.of("The agency expressed concern that the old dam could fail.",
                        0, "indirect", "the old dam could fail", "The agency"),
                Arguments.of("The mayor’s office said it didn’t expect the ’90s-era bridge to close.",
                        0, "indirect", "it didn’t expect the ’90s-era bridge to close", "The mayor’s office"),
                Arguments.of("Fishing quotas will be cut by a third, the Coastal Fisheries Board said on Monday.",
                        0, "indirect", "Fishing quotas will be cut by a third", "the Coastal Fisheries Board"),
                Arguments.of("OSLO, Norway (Wirenews) — The ministers agreed to meet again in March, officials said.",
                        0, "indirect", "The ministers agreed to meet again in March", "officials"),
                // wire-copy attributions: dateline, time between subject and verb, ages, post-modifiers
                Arguments.of("EASTPORT (Wirenews) - The Nordic Council on Tuesday called for a halt to the dispute, "
                                + "warning that talks could collapse.",
                        1, "indirect", "talks could collapse", "The Nordic Council"),
                Arguments.of("Officials in Lisbon, who spoke on condition of anonymity, said the letter had arrived.",
                        0, "indirect", "the letter had arrived", "Officials in Lisbon"),
                Arguments.of("Lind, 54, has repeatedly warned that jobs would go.",
                        0, "indirect", "jobs would go", "Lind"),
                Arguments.of("Quotas will stay unchanged, two sources familiar with the matter said.",
                        0, "indirect", "Quotas will stay unchanged", "two sources familiar with the matter"),
                // ministry statements and parenthetical participles
                Arguments.of("The Ministry of Foreign Affairs of Nordland expresses its deep concern that the border may close.",
                        0, "indirect", "the border may close", "The Ministry of Foreign Affairs of Nordland"),
                Arguments.of("Deputy Foreign Minister Kaja Lund, speaking at a briefing, stressed that the truce must hold.",
                        0, "indirect", "the truce must hold", "Deputy Foreign Minister Kaja Lund"),
                // participial and coordinated speech verbs start a new quote with the same speaker
                Arguments.of("Mayor Tomas Lind defended the budget, saying that it protected schools.",
                        0, "indirect", "it protected schools", "Mayor Tomas Lind"),
                Arguments.of("Holm admitted the deficit had grown but insisted the economy was stable.",
                        0, "indirect", "the deficit had grown", "Holm"),
                Arguments.of("Holm admitted the deficit had grown but insisted the economy was stable.",
                        1, "indirect", "the economy was stable", "Holm"),
                // mixed: reported speech with a quoted fragment of two or more words
                Arguments.of("Council chair Petra Nyland said the plan was “a fair and balanced compromise” for both towns.",
                        0, "mixed", "the plan was “a fair and balanced compromise” for both towns", "Council chair Petra Nyland"),
                // a single scare-quoted word leaves it indirect
                Arguments.of("Ola Strand said the proposal was “unrealistic” and costly.",
                        0, "indirect", "the proposal was “unrealistic” and costly", "Ola Strand"),
                // block quote: intro ending with a colon, one quote per paragraph, ends at narrative
                Arguments.of("The Harbour Authority said in a statement on Monday:\nThe terminal will close for repairs.\n"
                                + "Shipping lines have been informed.\nThe closure follows a storm, the authority added.",
                        0, "block", "The terminal will close for repairs.", "The Harbour Authority"),
                Arguments.of("The Harbour Authority said in a statement on Monday:\nThe terminal will close for repairs.\n"
                                + "Shipping lines have been informed.\nThe closure follows a storm, the authority added.",
                        1, "block", "Shipping lines have been informed.", "The Harbour Authority"),
                Arguments.of("The Harbour Authority said in a statement on Monday:\nThe terminal will close for repairs.\n"
                                + "Shipping lines have been informed.\nThe closure follows a storm, the authority added.",
                        2, "indirect", "The closure follows a storm", "the authority"),
                // transcripts: label turns, continuation paragraphs, interpreter note, heading line
                Arguments.of("MINISTER OLSEN: Thank you all for coming.\nWe have a lot to cover today.\nQUESTION: Will the port reopen?",
                        0, "block", "Thank you all for coming.", "MINISTER OLSEN"),
                Arguments.of("MINISTER OLSEN: Thank you all for coming.\nWe have a lot to cover today.\nQUESTION: Will the port reopen?",
                        1, "block", "We have a lot to cover today.", null),
                Arguments.of("MINISTER OLSEN: Thank you all for coming.\nWe have a lot to cover today.\nQUESTION: Will the port reopen?",
                        2, "block", "Will the port reopen?", "QUESTION"),
                Arguments.of("AMBASSADOR RIOS (via interpreter): We welcome the agreement.",
                        0, "block", "We welcome the agreement.", "AMBASSADOR RIOS"),
                Arguments.of("DEPUTY MAYOR KAJA LUND:\nThe new line opens in June.",
                        0, "block", "The new line opens in June.", "DEPUTY MAYOR KAJA LUND"),
                Arguments.of("Question: Will the ferries run in winter?\nKaja Lund: They will. We have two new boats.\n"
                                + "Both arrive in October.",
                        1, "block", "They will. We have two new boats.", "Kaja Lund"),
                Arguments.of("Question: Will the ferries run in winter?\nKaja Lund: They will. We have two new boats.\n"
                                + "Both arrive in October.",
                        2, "block", "Both arrive in October.", null),
                // plain-text wire copy: straight marks, nested straight single quotes
                Arguments.of("\"We are ready for the 'final round' of talks,\" said Marta Vik.",
                        0, "direct", "We are ready for the 'final round' of talks,", "Marta Vik"),
                Arguments.of("\"Why now?\" asked Ola Strand, the opposition leader.",
                        0, "direct", "Why now?", "Ola Strand, the opposition leader"),
                Arguments.of("“The harbour stays open,” she added. “So do the schools.”",
                        1, "direct", "So do the schools.", null),
                // guillemets, as translated press prints them
                Arguments.of("«Nous restons prudents», a déclaré le ministre. Ida Nes said: «We remain cautious.»",
                        1, "direct", "We remain cautious.", "Ida Nes"),
                // trailing source with post-modifiers, after a dateline with a date
                Arguments.of("OSLO, Norway, Feb 11 (Wirenews) - The ministers agreed to meet again in March, officials "
                                + "from both countries said.",
                        0, "indirect", "The ministers agreed to meet again in March", "officials from both countries"),
                Arguments.of("The talks are going well, Nordland's Permanent Representative to the UN Office in Geneva "
                                + "Ida Nes told reporters on Wednesday.",
                        0, "indirect", "The talks are going well",
                        "Nordland's Permanent Representative to the UN Office in Geneva Ida Nes"),
                // "according to" a pronoun
                Arguments.of("Berg spoke on Monday. According to her, the next round may take place in May.",
                        0, "indirect", "the next round may take place in May", "her"),
                // split quotation whose attribution carries a time adverbial
                Arguments.of("\"We are ready,\" Berg said on Thursday, \"to talk about everything.\"",
                        1, "direct", "to talk about everything.", "Berg"),
                // "asked not to be named" is the source's condition, not a statement
                Arguments.of("\"Nobody expects a breakthrough,\" said a diplomat in Oslo, who asked not to be named.",
                        0, "direct", "Nobody expects a breakthrough,", "a diplomat"),
                // Q/A readout: a narrative paragraph after the last answer is no longer the answer
                Arguments.of("Question: Will the ferries run?\nAnswer: They will.\n"
                                + "The Harbour Authority reiterates its readiness to help.",
                        2, "indirect", "its readiness to help", "The Harbour Authority"),
                // British single-quote style, apostrophes inside and outside the quotations
                Arguments.of("'We are in Geneva because we want an agreement,' Lund said. 'But the valley's families "
                                + "come first.'\nBerg's party called the plan 'a provocation' and Berg said it was 'nervous' talk.",
                        1, "direct", "But the valley's families come first.", null),
                Arguments.of("'We are in Geneva because we want an agreement,' Lund said. 'But the valley's families "
                                + "come first.'\nBerg's party called the plan 'a provocation' and Berg said it was 'nervous' talk.",
                        0, "direct", "We are in Geneva because we want an agreement,", "Lund"),
                // interview: a paragraph naming the interviewee in the third person ends the turn
                Arguments.of("Q: Will the ferries run?\nBerg: They will.\nAsked about the fares, Berg laughed. "
                                + "“Nobody knows,” she said.",
                        2, "direct", "Nobody knows,", "she"),
                // single-quote style, a quotation over two paragraphs: the first paragraph's part counts
                Arguments.of("'We are ready,' Lund said. 'But the families come first.\n'Nobody wants a photo opportunity.'",
                        1, "direct", "But the families come first.", null),
                // ... but "the '90s" before such a paragraph opens nothing
                Arguments.of("Prices rose in the '90s, when trade doubled.\n'Next,' said Lund. 'Fine,' said Berg.",
                        0, "direct", "Next,", "Lund"),
                // "speak of": a statement of what was said, with its quoted fragments
                Arguments.of("The communiqués speak of a “businesslike atmosphere” and of “positive dynamics”.",
                        0, "mixed", "a “businesslike atmosphere” and of “positive dynamics”", "The communiqués"),
                // "according to" a source the noun phrase reader stops short of
                Arguments.of("According to two people familiar with the talks, the ferries will run in May.",
                        0, "indirect", "the ferries will run in May", "two people familiar with the talks"),
                // a short aside between subject and verb
                Arguments.of("Berg, in turn, told reporters that the ferries would run.",
                        0, "indirect", "the ferries would run", "Berg"),
                // a reported clause ends before the sentence's closing attribution
                Arguments.of("Berg told the council that the plan was “a fight not worth having,” one of them said.",
                        0, "mixed", "the plan was “a fight not worth having,”", "Berg"),
                // "posted on social media:" introduces the quotation in the next paragraph
                Arguments.of("Mayor Ida Nes has posted on social media:\n“The ferries run again. Thank you all.”",
                        0, "direct", "The ferries run again. Thank you all.", "Mayor Ida Nes"),
                // "underlined the need to": a position stated without "that"
                Arguments.of("Berg also underlined the need to reopen the harbour.",
                        0, "indirect", "the need to reopen the harbour", "Berg"),
                // translated agency style: "As X specified, CLAIM"
                Arguments.of("As the harbour office specified, the ferries will run twice a day.",
                        0, "indirect", "the ferries will run twice a day", "the harbour office"),
                // a participial speech clause set off before the main verb: two quotes, one subject
                Arguments.of("The representative of Nordland, noting that her delegation had asked for the vote, "
                                + "said the council must act.",
                        0, "indirect", "her delegation had asked for the vote", "The representative of Nordland"),
                Arguments.of("The representative of Nordland, noting that her delegation had asked for the vote, "
                                + "said the council must act.",
                        1, "indirect", "the council must act", "The representative of Nordland"));
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("cases")
    void extractsKindTextAndMention(String text, int index, String kind, String quote, String mention) {
        List<Quote> quotes = extract(text);
        assertTrue(index < quotes.size(), () -> "only " + describe(quotes));
        Quote q = quotes.get(index);
        assertEquals(kind, q.kind().label(), () -> describe(quotes));
        assertEquals(quote, q.text(), () -> describe(quotes));
        assertEquals(mention, q.mention(), () -> describe(quotes));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The ministry described the group as “extremist” in its annual report.",
        "Holm believes the deficit will shrink next year.",
        "Holm met the delegation on Friday and invited them to dinner.",
        "Mayor Promises “A New Start for Eastport”",
        "Harbour Reopens After Storm",
        "See Nordic Daily, May 4: “Ferries Return to the Islands”",
        "PHOTO: Finance Minister Clara Holm at the harbour on Tuesday",
        "The union has agreed to meet again in March.",
        "Attacks are reported near the northern border.",
        "Berg has a decisive say in what happens next.",
        "(Laughter.)",
        "(Reporting by Ida Nes; Editing by Ola Strand)",
        "Prices rose sharply in the '90s, when the port's trade doubled.",
        "Neither side would explain what had broken the deadlock.",
        "Berg did not say whether the ferries would run.",
        "Henrik Solberg informed the Minister about the results of the talks.",
        "Eastport protested, and within a month both ports had closed their gates.",
        "The fishermen complained, but by spring the quota had been cut again.",
        "Holm objected, and the vote was postponed until June.",
    })
    void yieldsNoQuote(String text) {
        assertEquals(List.of(), extract(text));
    }

    @Test
    void furnitureParagraphsYieldNothing() {
        String text = "“We will win,” Berg said.\n“Share this story,” the site says.\n";
        Article a = TestArticles.of("t", text, line -> line.contains("Share"));
        List<Quote> quotes = EXTRACTOR.extract(a, w -> { });
        assertEquals(1, quotes.size(), describe(quotes));
        assertEquals(0, quotes.get(0).paragraph());
    }

    @Test
    void cuesAreRecordedAsWritten() {
        List<Quote> quotes = extract("The Nordic Council called on both parties to resume talks.\n"
                + "“We are ready,” Berg told reporters.");
        assertEquals("called on", quotes.get(0).cue());
        assertEquals("told", quotes.get(1).cue());
    }

    @Test
    void isDeterministicAndReusable() {
        String text = "“We discussed the harbour,” she said, “and agreed on a timetable.”\nBerg said the plan was good.";
        assertEquals(extract(text), extract(text));
    }

    static String describe(List<Quote> quotes) {
        return quotes.stream().map(q -> q.kind().label() + " | " + q.mention() + " | " + q.text())
                .collect(Collectors.joining("\n", "\n", "\n"));
    }
}
