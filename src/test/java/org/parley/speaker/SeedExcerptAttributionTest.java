package org.parley.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.quote.QuoteKind;
import org.parley.speaker.Attribution.Sieve;

/** Small real excerpts of the seed articles, with the attributions CONVENTIONS.md prescribes. */
class SeedExcerptAttributionTest {

    private static final Attributor ATTRIBUTOR = new Attributor(RegistryTest.CORPUS);

    private static void check(List<Attribution> got, Object... expected) {
        assertEquals(expected.length / 3, got.size());
        for (int i = 0; i < got.size(); i++) {
            Attribution a = got.get(i);
            assertEquals(expected[3 * i], a.speaker(), "speaker of quote " + i);
            assertEquals(expected[3 * i + 1], a.sieve(), "sieve of quote " + i);
            assertEquals(expected[3 * i + 2], a.mention(), "mention of quote " + i);
        }
    }

    @Test
    void sharedAttributorGivesTheSameResultsOnManyThreads() throws Exception {
        List<Runnable> cases = List.of(this::afpPronounsRolesJointSubjectAndContinuation,
                this::eaWorldViewMinistryByContextBlockIntroAndPronoun,
                this::reutersAnonymousSourcesKeepTheirPronounsAndContinuations,
                this::eaWorldViewJointCountriesBlockQuoteAndSpokesmen);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                fs.add(pool.submit(cases.get(i % cases.size())));
            }
            for (var f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void afpPronounsRolesJointSubjectAndContinuation() {
        Article a = Fixtures.article(LocalDate.parse("2015-12-16"), """
            After a three-hour meeting in Moscow between Russian President Vladimir Putin and US Secretary of State John Kerry, the two sides appeared to be a step closer to each other’s positions on Syria.

            “We support the idea of convening in New York another meeting of the International Syria Support Group at the ministerial level this Friday, December 18,” Russian Foreign Minister Sergei Lavrov said after the talks, which also touched on counterterrorism and Ukraine.

            He and Kerry said the New York negotiations would lead to a UN Security Council resolution to underpin the process aimed at brokering a ceasefire and political talks between Assad’s regime and Syria’s armed opposition.

            “We discussed today in great detail the need to accelerate the effort,” Washington’s top diplomat said.

            “You can’t defeat Daesh without also de-escalating the fight in Syria,” he said, using another name to refer to the jihadist Islamic State group.

            “What we have said is that we don’t believe that Assad himself has the ability to lead the future Syria,” Kerry said.

            “But we focused today not on our differences about what can and can’t be done immediately about Assad, we focused on the political process whereby Syrians will be making decisions about the future of Syria.”
            """);
        var q = new Fixtures.Quotes(a)
                .add(QuoteKind.DIRECT, "We support the idea of convening", "Russian Foreign Minister Sergei Lavrov")
                .add(QuoteKind.INDIRECT, "the New York negotiations would lead to a UN Security Council resolution", "He and Kerry")
                .add(QuoteKind.DIRECT, "We discussed today in great detail the need to accelerate the effort,", "Washington’s top diplomat")
                .add(QuoteKind.DIRECT, "You can’t defeat Daesh without also de-escalating the fight in Syria,", "he")
                .add(QuoteKind.DIRECT, "What we have said is that", "Kerry")
                .add(QuoteKind.DIRECT, "But we focused today not on our differences", null)
                .list();
        check(ATTRIBUTOR.attribute(a, q),
                "Sergei Lavrov", Sieve.NAME, "Russian Foreign Minister Sergei Lavrov",
                "Sergei Lavrov", Sieve.PRONOUN, "He and Kerry",
                "John Kerry", Sieve.ROLE, "Washington’s top diplomat",
                "John Kerry", Sieve.PRONOUN, "he",
                "John Kerry", Sieve.NAME, "Kerry",
                "John Kerry", Sieve.CONTINUATION, "Kerry");
    }

    @Test
    void eaWorldViewMinistryByContextBlockIntroAndPronoun() {
        Article a = Fixtures.article(LocalDate.parse("2015-12-22"), """
            Russia and France have consulted in Moscow over the Islamic State in Syria, with Russian Defense Minister Sergei Shoigu hosting his counterpart Jean-Yves Le Drian.
            “The main attention in their hour-and-a-half -long conversation, held in a businesslike and sincere atmosphere, was put on prospects to coordinate efforts of the two countries’ military departments in fight against international terrorism,” the Defense Ministry said.
            The Ministry said the Russian and French military staffs will continue contacts, with the French Chief of the Defense Staff, General Pierre de Villiers, soon visiting Moscow.
            Le Drian said he and Shoigu considered “the coordination between our militaries in order to avoid confrontations” in their operations, explaining, “Our intelligence services will strengthen their already existing ties, which require increased cooperation.”
            In a written statement on Monday, Çavuşoğlu said, “The death toll of civilians due to Russian operations is over 600.”
            He specifically denounced airstrikes on opposition-held Idlib Province on Sunday, including the deaths of more than 50 people in Idlib city.
            Qadri Jamil, who was dismissed from the Government in October 2013, said on Monday that Syrians believe in neither the regime nor the opposition given the country’s desperate situation:
            We are now faced with new tasks, above all, the preservation of Syria, this is the ultimate goal.
            The Syrian people trust neither the regime nor the opposition, as they plunged it into a tragedy.
            """);
        String jamil = "Qadri Jamil, who was dismissed from the Government in October 2013,";
        var q = new Fixtures.Quotes(a)
                .add(QuoteKind.DIRECT, "The main attention in their", "the Defense Ministry")
                .add(QuoteKind.INDIRECT, "the Russian and French military staffs will continue contacts", "The Ministry")
                .add(QuoteKind.MIXED, "he and Shoigu considered", "Le Drian")
                .add(QuoteKind.DIRECT, "Our intelligence services will strengthen", null)
                .add(QuoteKind.DIRECT, "The death toll of civilians due to Russian operations is over 600.", "Çavuşoğlu")
                .add(QuoteKind.INDIRECT, "airstrikes on opposition-held Idlib Province", "He")
                .add(QuoteKind.INDIRECT, "Syrians believe in neither the regime nor the opposition", jamil)
                .add(QuoteKind.BLOCK, "We are now faced with new tasks", jamil)
                .add(QuoteKind.BLOCK, "The Syrian people trust neither the regime", null)
                .list();
        check(ATTRIBUTOR.attribute(a, q),
                "Russian Defense Ministry", Sieve.INSTITUTION, "the Defense Ministry",
                "Russian Defense Ministry", Sieve.INSTITUTION, "The Ministry",
                "Jean-Yves Le Drian", Sieve.NAME, "Le Drian",
                "Jean-Yves Le Drian", Sieve.CONTINUATION, "Le Drian",
                "Mevlüt Çavuşoğlu", Sieve.NAME, "Çavuşoğlu",
                "Mevlüt Çavuşoğlu", Sieve.PRONOUN, "He",
                "Qadri Jamil", Sieve.NAME, jamil,
                "Qadri Jamil", Sieve.BLOCK_INTRO, jamil,
                "Qadri Jamil", Sieve.CONTINUATION, jamil);
    }

    @Test
    void reutersAnonymousSourcesKeepTheirPronounsAndContinuations() {
        Article a = Fixtures.article(LocalDate.parse("2016-03-24"), """
            “Basic principles have been laid out. De Mistura wants to announce that all sides have agreed so that he can move on to the transition issue at the next round,” said a senior Western diplomat. “It’s a baby step, but a necessary step. It’s not a bad result.”
            The state-run news channel Ikhbariya broadcast images from just outside Palmyra and said government fighters had taken over a hotel district in the west. A soldier interviewed by Ikhbariya said the army and its allies would press forward beyond Palmyra.
            “We say to those gunmen, we are advancing to Palmyra, and to what’s beyond Palmyra, and God willing to Raqqa, the center of the Daesh gangs,” he said, referring to Islamic State’s de facto capital in northern Syria.
            """);
        var q = new Fixtures.Quotes(a)
                .add(QuoteKind.DIRECT, "Basic principles have been laid out.", "a senior Western diplomat")
                .add(QuoteKind.DIRECT, "It’s a baby step, but a necessary step. It’s not a bad result.", null)
                .add(QuoteKind.INDIRECT, "government fighters had taken over a hotel district in the west", "The state-run news channel Ikhbariya")
                .add(QuoteKind.INDIRECT, "the army and its allies would press forward beyond Palmyra", "A soldier interviewed by Ikhbariya")
                .add(QuoteKind.DIRECT, "We say to those gunmen", "he")
                .list();
        check(ATTRIBUTOR.attribute(a, q),
                null, Sieve.ANONYMOUS, "a senior Western diplomat",
                null, Sieve.CONTINUATION, "a senior Western diplomat",
                "Ikhbariya", Sieve.INSTITUTION, "The state-run news channel Ikhbariya",
                null, Sieve.ANONYMOUS, "A soldier interviewed by Ikhbariya",
                null, Sieve.PRONOUN, "he");
    }

    @Test
    void eaWorldViewJointCountriesBlockQuoteAndSpokesmen() {
        Article a = Fixtures.article(LocalDate.parse("2016-01-15"), """
            The US and Russia have said that Syria’s opposition-regime talks should begin on January 25 in Geneva without preconditions, following a telephone conversation between US Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov.
            And even as it said there should be no preconditions, Moscow reiterated on Thursday that President Assad’s stay in power should not be part of the talks. Foreign Ministry spokeswoman Maria Zakharova said:
            Assad’s fate has not been discussed….and this made it possible for countries to make huge progress.
            We understand perfectly well and hear from our colleagues that Assad’s fate continues to worry them. We believe that this is an issue that should be resolved by the Syrian people.
            The opposition-rebel bloc has maintained that Assad must step down during a political transition.
            Kirby said that Kerry and Lavrov will meet in Zurich on January 20 to assess the situation.
            """);
        var q = new Fixtures.Quotes(a)
                .add(QuoteKind.INDIRECT, "Syria’s opposition-regime talks should begin on January 25", "The US and Russia")
                .add(QuoteKind.INDIRECT, "President Assad’s stay in power should not be part of the talks", "Moscow")
                .add(QuoteKind.BLOCK, "Assad’s fate has not been discussed", "Foreign Ministry spokeswoman Maria Zakharova")
                .add(QuoteKind.BLOCK, "We understand perfectly well", null)
                .add(QuoteKind.INDIRECT, "Assad must step down during a political transition", "The opposition-rebel bloc")
                .add(QuoteKind.INDIRECT, "Kerry and Lavrov will meet in Zurich", "Kirby")
                .list();
        check(ATTRIBUTOR.attribute(a, q),
                "United States", Sieve.COUNTRY, "The US and Russia",
                "Russia", Sieve.COUNTRY, "Moscow",
                "Maria Zakharova", Sieve.BLOCK_INTRO, "Foreign Ministry spokeswoman Maria Zakharova",
                "Maria Zakharova", Sieve.CONTINUATION, "Foreign Ministry spokeswoman Maria Zakharova",
                "High Negotiations Committee", Sieve.INSTITUTION, "The opposition-rebel bloc",
                "John Kirby", Sieve.NAME, "Kirby");
    }
}
