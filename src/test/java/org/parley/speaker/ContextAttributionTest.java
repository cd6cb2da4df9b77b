package org.parley.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Article;
import org.parley.quote.QuoteKind;
import org.parley.speaker.Attribution.Sieve;

/**
 * Context rules (pronoun gender, roles by date and recency, generic institutions, unregistered
 * people, continuation limits, transcripts) on invented neutral text with fictional speakers.
 */
class ContextAttributionTest {

    static final Registry FICTION = Registry.parse("""
            countries:
              - {name: Freedonia, capital: Fredville, demonyms: [Freedonian]}
              - {name: Sylvania, capital: Sylvan City, demonyms: [Sylvanian]}
            institutions:
              - {name: Freedonian Defense Ministry, country: Freedonia, generic: [Defense Ministry, Ministry]}
              - {name: Sylvanian Defense Ministry, country: Sylvania, generic: [Defense Ministry, Ministry]}
            people:
              - name: Rufus Firefly
                gender: male
                country: Freedonia
                roles: [{title: Foreign Minister, from: 2010-01-01, to: 2014-12-31}]
              - name: Gloria Teasdale
                gender: female
                country: Freedonia
                roles: [{title: Foreign Minister, from: 2015-01}]
              - name: Pinky Trentino
                gender: male
                country: Sylvania
                roles: [{title: Foreign Minister, from: 2012}]
            descriptors:
              - {phrase: top diplomat, roles: [Foreign Minister]}
            """, "fiction.yaml");

    private static final Attributor ATTRIBUTOR = new Attributor(FICTION);

    private static List<Attribution> run(LocalDate date, String text, Object... quotes) {
        Article a = Fixtures.article(date, text);
        Fixtures.Quotes q = new Fixtures.Quotes(a);
        for (int i = 0; i < quotes.length; i += 3) {
            q.add((QuoteKind) quotes[i], (String) quotes[i + 1], (String) quotes[i + 2]);
        }
        return ATTRIBUTOR.attribute(a, q.list());
    }

    private static List<String> speakers(List<Attribution> as) {
        return as.stream().map(a -> a.speaker() == null ? "-" : a.speaker()).toList();
    }

    @Test
    void pronounsAgreeInGenderAndNumber() {
        List<Attribution> got = run(LocalDate.parse("2016-02-01"), """
                Foreign Minister Gloria Teasdale met Pinky Trentino in Fredville.
                "Test sentence one," Teasdale said.
                "Test sentence two," he said.
                "Test sentence three," she said.
                "Test sentence four," the Foreign Minister said.
                The Sylvanian Defense Ministry said the test was scheduled.
                "Test sentence five," they said.
                """,
                QuoteKind.DIRECT, "Test sentence one,", "Teasdale",
                QuoteKind.DIRECT, "Test sentence two,", "he",
                QuoteKind.DIRECT, "Test sentence three,", "she",
                QuoteKind.DIRECT, "Test sentence four,", "the Foreign Minister",
                QuoteKind.INDIRECT, "the test was scheduled", "The Sylvanian Defense Ministry",
                QuoteKind.DIRECT, "Test sentence five,", "they");
        assertEquals(List.of("Gloria Teasdale", "Pinky Trentino", "Gloria Teasdale", "Gloria Teasdale",
                "Sylvanian Defense Ministry", "Sylvanian Defense Ministry"), speakers(got));
        assertEquals(List.of(Sieve.NAME, Sieve.PRONOUN, Sieve.PRONOUN, Sieve.ROLE, Sieve.INSTITUTION, Sieve.PRONOUN),
                got.stream().map(Attribution::sieve).toList());
    }

    @Test
    void unregisteredPeopleKeepTheirNameAndTakePronounsOfEitherGender() {
        List<Attribution> got = run(LocalDate.parse("2016-02-01"), """
                Research analyst Zed Quux said the test would continue.
                "Test sentence one," Quux added.
                "Test sentence two," she said.
                """,
                QuoteKind.INDIRECT, "the test would continue", "Research analyst Zed Quux",
                QuoteKind.DIRECT, "Test sentence one,", "Quux",
                QuoteKind.DIRECT, "Test sentence two,", "she");
        assertEquals(List.of("Zed Quux", "Zed Quux", "Zed Quux"), speakers(got));
        assertEquals(Sieve.PRONOUN, got.get(2).sieve());
    }

    @ParameterizedTest(name = "dated {0}: the Foreign Minister -> {1}")
    @CsvSource(nullValues = "-", value = {"-, Rufus Firefly", "2013-05-01, Rufus Firefly", "2016-02-01, -"})
    void rolesUseTheDateAndOtherwiseTheArticlesLastMention(String date, String expected) {
        List<Attribution> got = run(date == null ? null : LocalDate.parse(date), """
                Rufus Firefly visited Sylvan City.
                "Test sentence," the Foreign Minister said.
                """,
                QuoteKind.DIRECT, "Test sentence,", "the Foreign Minister");
        assertEquals(expected, got.get(0).speaker());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Freedonia and Fredville are in the news. Freedonian officials were present. | Freedonian Defense Ministry",
        "Sylvania was in the news, and Sylvan City. The Freedonian Defense Ministry was mentioned. | Freedonian Defense Ministry",
        "Sylvania was in the news. Sylvan City too. Freedonia once. | Sylvanian Defense Ministry",
    })
    void genericMinistryIsTheLastNamedElseTheArticlesMainCountry(String context, String expected) {
        List<Attribution> got = run(LocalDate.parse("2016-02-01"), context + "\n\"Test sentence,\" the Ministry said.\n",
                QuoteKind.DIRECT, "Test sentence,", "the Ministry");
        assertEquals(expected, got.get(0).speaker());
        assertEquals(Sieve.INSTITUTION, got.get(0).sieve());
    }

    @Test
    void anonymousSourcesTakePronounsByGenderAndNumber() {
        List<Attribution> got = run(LocalDate.parse("2016-02-01"), """
                Gloria Teasdale arrived in Fredville.
                A monitoring group said the test had started.
                "Test sentence one," she said.
                A soldier said the test was on time.
                "Test sentence two," he said.
                "Test sentence three," it said.
                """,
                QuoteKind.INDIRECT, "the test had started", "A monitoring group",
                QuoteKind.DIRECT, "Test sentence one,", "she",
                QuoteKind.INDIRECT, "the test was on time", "A soldier",
                QuoteKind.DIRECT, "Test sentence two,", "he",
                QuoteKind.DIRECT, "Test sentence three,", "it");
        assertEquals(List.of("-", "Gloria Teasdale", "-", "-", "-"), speakers(got));
        assertEquals(List.of(Sieve.ANONYMOUS, Sieve.PRONOUN, Sieve.ANONYMOUS, Sieve.PRONOUN, Sieve.PRONOUN),
                got.stream().map(Attribution::sieve).toList());
    }

    @Test
    void continuingQuotesNeedTheNextParagraph() {
        List<Attribution> got = run(LocalDate.parse("2016-02-01"), """
                "Test sentence one," Teasdale said.
                "Test sentence two."
                A narrative paragraph without a quote.
                "Test sentence three."
                """,
                QuoteKind.DIRECT, "Test sentence one,", "Teasdale",
                QuoteKind.DIRECT, "Test sentence two.", null,
                QuoteKind.DIRECT, "Test sentence three.", null);
        assertEquals(List.of("Gloria Teasdale", "Gloria Teasdale", "-"), speakers(got));
        assertEquals(List.of(Sieve.NAME, Sieve.CONTINUATION, Sieve.NONE), got.stream().map(Attribution::sieve).toList());
        assertEquals(null, got.get(2).mention());
    }

    @Test
    void transcriptTurnsLastUntilTheNextLabel() {
        List<Attribution> got = run(LocalDate.parse("2016-02-01"), """
                FOREIGN MINISTER TEASDALE: Test turn one.
                Test turn one continues.
                QUESTION: Test question?
                MINISTER TRENTINO (via interpreter): Test answer.
                """,
                QuoteKind.BLOCK, "Test turn one.", "FOREIGN MINISTER TEASDALE",
                QuoteKind.BLOCK, "Test turn one continues.", null,
                QuoteKind.BLOCK, "Test question?", "QUESTION",
                QuoteKind.BLOCK, "Test answer.", "MINISTER TRENTINO (via interpreter)");
        assertEquals(List.of("Gloria Teasdale", "Gloria Teasdale", "-", "Pinky Trentino"), speakers(got));
        assertEquals(List.of(Sieve.TRANSCRIPT, Sieve.TRANSCRIPT, Sieve.ANONYMOUS, Sieve.TRANSCRIPT),
                got.stream().map(Attribution::sieve).toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Teasdale and Trentino | Gloria Teasdale",
        "Trentino and Teasdale | Pinky Trentino",
        "Fredville and Sylvan City | Freedonia",
        "Sylvania's top diplomat | Pinky Trentino",
        "the Freedonian top diplomat | Gloria Teasdale",
    })
    void jointSubjectsAndQualifiedDescriptors(String mention, String expected) {
        assertEquals(expected, ATTRIBUTOR.attribute(mention, LocalDate.parse("2016-02-01")).speaker());
    }

    @Test
    void oneAttributionPerQuoteInOrderAndNoneForNoQuotes() {
        Article a = Fixtures.article(null, "Nothing is quoted here.\n");
        assertEquals(List.of(), ATTRIBUTOR.attribute(a, List.of()));
    }

    /** People and organisations the registry lacks, named in full once and shorter after that. */
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Talks resumed after her counterpart, Marek Halloran, arrived. Halloran said Test one.            | Halloran                     | Marek Halloran
            Elias Marrow, Spokesperson\\nMR MARROW: Test one.                                                 | MR MARROW                    | Elias Marrow
            Deputy Minister Sara Okonjo arrived. Okonjo said Test one.                                     | Okonjo                       | Sara Okonjo
            The Minister of Foreign Affairs of Castria Teodor Vasic received them. The Minister said Test one. | The Minister               | Teodor Vasic
            Test one, the Council of Lakes said.                                                           | the Council of Lakes         | Council of Lakes
            Test one, a Council of Lakes official said.                                                    | a Council of Lakes official  | Council of Lakes
            Test one, said a spokesman for the Council of Lakes.                                           | a spokesman for the Council of Lakes | Council of Lakes
            The Veridian Ministry of External Affairs said Test one.                                       | The Veridian Ministry of External Affairs | Veridian Ministry of External Affairs
            Following the meeting, Teodor Vasic answered questions.\\nQuestion: Why?\\nAnswer: Test one.    | Answer                       | Teodor Vasic
            The Defense Ministry said Test one.                                                            | The Defense Ministry         | Freedonian Defense Ministry
            Foreign Minister Lena Vostrup opened the briefing.\\nFOREIGN MINISTER VOSTRUP: Test one.          | FOREIGN MINISTER VOSTRUP     | Lena Vostrup
            Prime Minister Aldo Brunetti spoke first.\\nPRIME MINISTER BRUNETTI: Test one.                 | PRIME MINISTER BRUNETTI      | Aldo Brunetti
            The briefing began late.\\nDEPUTY PRIME MINISTER OKAFOR: Test one.                              | DEPUTY PRIME MINISTER OKAFOR | Okafor
            """)
    void unregisteredSourcesKeepTheArticlesFullName(String text, String mention, String speaker) {
        String body = text.replace("\\n", "\n");
        List<Attribution> got = run(LocalDate.parse("2016-02-01"), "Fredville is in Freedonia.\n" + body + "\n",
                QuoteKind.INDIRECT, "Test one", mention);
        assertEquals(speaker, got.get(0).speaker());
    }

    /**
     * Back-references without a name: a definite description of a person ("the diplomat"), a
     * generic institution noun for an organisation quoted before, and a pronoun whose gender rules
     * out the last source. Each row: the article (paragraphs split on
     * "/"), the first quote's mention, the second quote's mention, the speaker of the second quote.
     * The first quote is "the test would continue", the second "Test sentence,".
     */
    @ParameterizedTest(name = "{2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Ambassador Zed Quux said the test would continue. / \"Test sentence,\" the diplomat noted. | Ambassador Zed Quux | the diplomat | Zed Quux",
        "A senior diplomat said the test would continue. Zed Quux arrived. / \"Test sentence,\" the diplomat said. | A senior diplomat | the diplomat | -",
        "Ali Bakri said the test would continue. Special Envoy Mona Vell arrived. / \"Test sentence,\" the envoy said. | Ali Bakri | the envoy | Mona Vell",
        "Ali Bakri said the test would continue. / \"Test sentence,\" the Talmoran official stressed. | Ali Bakri | the Talmoran official | Ali Bakri",
        "The representative of Valdoria said the test would continue. / \"Test sentence,\" she said. | The representative of Valdoria | she | Valdoria",
        "The Veridian Ministry of External Affairs said the test would continue. / \"Test sentence,\" a ministry spokeswoman said. | The Veridian Ministry of External Affairs | a ministry spokeswoman | Veridian Ministry of External Affairs",
        "The Council of Lakes said the test would continue. / \"Test sentence,\" the press service of the Council said. | The Council of Lakes | the press service of the Council | Council of Lakes",
        "Zed Quux said the test would continue, and he said so twice. / Their minister, Mona Vell, disagreed. \"Test sentence,\" she said. | Zed Quux | she | Mona Vell",
    })
    void backReferencesWithoutAName(String text, String firstMention, String secondMention, String expected) {
        String article = text.replace(" / ", "\n") + "\n";
        Article a = Fixtures.article(LocalDate.parse("2016-02-01"), article);
        Fixtures.Quotes q = new Fixtures.Quotes(a);
        q.add(QuoteKind.INDIRECT, "the test would continue", firstMention);
        if (text.contains("and he said so")) {
            q.add(QuoteKind.INDIRECT, "so twice", "he");
        }
        q.add(QuoteKind.DIRECT, "Test sentence,", secondMention);
        List<Attribution> got = ATTRIBUTOR.attribute(a, q.list());
        assertEquals(expected, got.get(got.size() - 1).speaker(), text);
    }

    /**
     * A pronoun with no earlier quote source takes the last person the text named in full, never a
     * place written after that person ("Lake Merrin", "Fenwick Valley", "in Nova Kastel").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Piotr Vantz has fished on Lake Merrin since he was a boy. | he | Piotr Vantz",
        "Ida Morrow drove from the capital to Fenwick Valley on Sunday. | she | Ida Morrow",
        "Tomas Grell grew up in Nova Kastel. | he | Tomas Grell",
        "Edda Linnqvist walked along Harbour Street to Saint Orla Bridge. | she | Edda Linnqvist",
    })
    void pronounsNeverResolveToPlaces(String text, String pronoun, String expected) {
        List<Attribution> got = run(LocalDate.parse("2016-02-01"), text + "\n\"Test sentence,\" " + pronoun + " says.\n",
                QuoteKind.DIRECT, "Test sentence,", pronoun);
        assertEquals(expected, got.get(0).speaker());
    }

    /**
     * "he"/"she" for people the registry lacks: their gender comes from the text (an honorific, or the
     * first pronoun after their full name in the same sentence), and a pronoun of the other gender
     * skips them. Each row: the article (paragraphs split on "/"), then the speakers of its quotes:
     * one quote per "said" with the name before it as mention, then "Test sentence," with "she".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Envoy Marten Solberg said his delegation would stay. / \"Test sentence,\" she said. | Marten Solberg | -",
        "Mr Dalgaard arrived late. Piet Dalgaard said the delegation would stay. / \"Test sentence,\" she said. | Piet Dalgaard | -",
        "Lotte Brandis said her delegation would stay. Arne Kvist said his delegation would stay. / \"Test sentence,\" she said. | Lotte Brandis, Arne Kvist | Lotte Brandis",
        "Arne Kvist said his delegation would stay. Ms Lotte Brandis arrived. / \"Test sentence,\" she said. | Arne Kvist | Lotte Brandis",
    })
    void pronounGenderOfUnregisteredPeopleComesFromTheText(String text, String sources, String expected) {
        Article a = Fixtures.article(LocalDate.parse("2016-02-01"), text.replace(" / ", "\n") + "\n");
        Fixtures.Quotes q = new Fixtures.Quotes(a);
        String[] names = sources.split(", ");
        String[] clauses = {"his delegation would stay", "his delegation would stay"};
        for (int i = 0; i < names.length; i++) {
            String clause = text.contains(names[i] + " said her") ? "her delegation would stay"
                    : text.contains(names[i] + " said his") ? clauses[i] : "the delegation would stay";
            q.add(QuoteKind.INDIRECT, clause, names[i]);
        }
        q.add(QuoteKind.DIRECT, "Test sentence,", "she");
        List<Attribution> got = ATTRIBUTOR.attribute(a, q.list());
        assertEquals(expected, got.get(got.size() - 1).speaker(), text);
    }
}
