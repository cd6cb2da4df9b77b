package org.parley.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryTest {

    static final Registry CORPUS = Registry.bundled();

    @ParameterizedTest(name = "seed actor {0}")
    @ValueSource(strings = {"John Kerry", "Sergei Lavrov", "Maria Zakharova", "Mevlüt Çavuşoğlu", "Vladimir Putin",
        "John Kirby", "Sergei Shoigu", "Jean-Yves Le Drian", "Sergei Rudskoy", "Valery Gerasimov", "Dmitry Peskov",
        "Qadri Jamil", "Staffan de Mistura", "Bashar al-Assad", "Barack Obama", "François Hollande",
        "Russian Defense Ministry", "Russian Foreign Ministry", "State Department", "Kremlin",
        "Syrian Observatory for Human Rights", "High Negotiations Committee", "Jaish al-Islam", "Ikhbariya", "SANA",
        "TASS", "Russia", "United States", "Turkey", "France", "Syria", "Iran", "Saudi Arabia"})
    void corpusRegistryHasTheCanonicalNamesOfConventions(String name) {
        assertEquals(name, CORPUS.byName(name).orElseThrow().name());
    }

    @Test
    void corpusRegistryIsLargeEnough() {
        assertTrue(CORPUS.entities(Entity.Kind.PERSON).size() >= 40);
        assertTrue(CORPUS.entities(Entity.Kind.INSTITUTION).size() >= 15);
        assertTrue(CORPUS.entities(Entity.Kind.COUNTRY).size() >= 10);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Sergey Lavrov, Sergei Lavrov",
        "Lavrov, Sergei Lavrov",
        "Mevlut Cavusoglu, Mevlüt Çavuşoğlu",
        "CAVUSOGLU, Mevlüt Çavuşoğlu",
        "Çavuşoğlu, Mevlüt Çavuşoğlu",
        "Dmitri Peskov, Dmitry Peskov",
        "De Mistura, Staffan de Mistura",
        "Le Drian, Jean-Yves Le Drian",
        "Erdogan, Recep Tayyip Erdoğan",
        "Assad, Bashar al-Assad",
        "Moscow, Russia",
        "Ankara, Turkey",
        "the Kremlin, Kremlin",
        "the opposition-rebel bloc, High Negotiations Committee",
        "Walid Moallem, Walid al-Muallem",
    })
    void looksUpAliasesFolded(String phrase, String canonical) {
        assertEquals(canonical, CORPUS.lookup(phrase).orElseThrow().name());
    }

    @ParameterizedTest(name = "{0} needs context")
    @ValueSource(strings = {"Alloush", "the Ministry", "top diplomat", "Russian", "Theresa", "May"})
    void sharedSurnamesGenericsDescriptorsAndDemonymsAreNotNames(String phrase) {
        assertTrue(CORPUS.lookup(phrase).isEmpty(), phrase);
    }

    @ParameterizedTest(name = "{0} of {1} on {2} -> {3}")
    @CsvSource({
        "Secretary of State, United States, 2016-03-24, John Kerry",
        "Secretary of State, United States, 2018-06-01, Mike Pompeo",
        "Foreign Minister, Turkey, 2015-12-22, Mevlüt Çavuşoğlu",
        "Foreign Minister, Turkey, 2015-10-01, Feridun Sinirlioğlu",
        "Foreign Minister, France, 2015-12-01, Laurent Fabius",
        "Foreign Minister, France, 2016-06-01, Jean-Marc Ayrault",
        "Foreign Ministry spokeswoman, Russia, 2016-01-15, Maria Zakharova",
        "President, Russia, 2010-01-01, Dmitry Medvedev",
    })
    void rolesByDate(String title, String of, String date, String holder) {
        assertEquals(List.of(holder),
                CORPUS.holders(title, of, LocalDate.parse(date)).stream().map(Entity::name).toList());
    }

    @Test
    void undatedRoleLookupMatchesEveryHolder() {
        assertEquals(List.of("John Kerry", "Rex Tillerson", "Mike Pompeo"),
                CORPUS.holders("Secretary of State", null, null).stream().map(Entity::name).toList());
        assertFalse(CORPUS.holders("Secretary of State", null, LocalDate.parse("2018-06-01")).stream()
                .anyMatch(e -> e.name().equals("John Kerry")));
    }

    @Test
    void descriptorsReferToRolesInPreferenceOrder() {
        Descriptor top = CORPUS.descriptor("top diplomat").orElseThrow();
        List<List<Entity>> groups = CORPUS.describe(top, "United States", LocalDate.parse("2015-12-16"));
        assertEquals(List.of(), groups.get(0));
        assertEquals("John Kerry", groups.get(1).get(0).name());
        Descriptor kremlin = CORPUS.descriptor("the Kremlin leader".substring(4)).orElseThrow();
        assertEquals("Russia", kremlin.of());
        assertEquals("Vladimir Putin", CORPUS.describe(kremlin, "France", LocalDate.parse("2016-01-01")).get(0).get(0).name());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
        people:\\n  - {name: A B, gender: male}\\n  - {name: A B, gender: female}                       | 3 | duplicate canonical name 'A B' (first defined at line 2)
        countries:\\n  - {name: X}\\npeople:\\n  - {name: A B, gender: male, aliases: [X]}              | 4 | 'X' of 'A B' clashes with of 'X' (line 2)
        countries:\\n  - {name: X}\\npeople:\\n  - name: A B\\n    gender: male\\n    roles:\\n      - {title: T, of: X, from: 2015-13-01} | 7 | bad date '2015-13-01' for 'from'
        countries:\\n  - {name: X}\\npeople:\\n  - name: A B\\n    gender: male\\n    roles:\\n      - {title: T, of: X, from: 2016-01, to: 2015} | 7 | role 'T' ends (2015-12-31) before it starts (2016-01-01)
        people:\\n  - {name: A B, gender: robot}                                                      | 2 | gender must be male or female
        people:\\n  - name: A B\\n    gender: male\\n    roles:\\n      - {title: T, of: Nowhere, from: 2015} | 5 | 'Nowhere' is not a country or institution of the registry
        people:\\n  - {name: A B, gender: male, nickname: C}                                          | 2 | unknown key 'nickname'
        countries:\\n  - {name: X}\\ndescriptors:\\n  - {phrase: boss, roles: [Chief]}                 | 4 | no person holds a role titled 'Chief'
        people:\\n  - {name: A B, gender: male\\n                                                     | 3 | expected ',' or '}'
        """)
    void reportsProblemsWithFileAndLine(String yaml, int line, String reason) {
        RegistryException e = assertThrows(RegistryException.class,
                () -> Registry.parse(yaml.replace("\\n", "\n"), "test.yaml"));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("test.yaml:" + line + ": ") && p.contains(reason)),
                e.problems().toString());
    }

    @Test
    void loadNamesTheFileAndListsEveryProblem(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("speakers.yaml");
        Files.writeString(f, "people:\n  - {name: A B, gender: robot}\n  - {name: C D, gender: male, age: 3}\n");
        RegistryException e = assertThrows(RegistryException.class, () -> Registry.load(f));
        assertEquals(2, e.problems().size());
        assertTrue(e.problems().get(0).startsWith(f + ":2: "));
        assertTrue(e.problems().get(1).startsWith(f + ":3: "));
    }

    @Test
    void sharedSurnameIsNotAnAliasButFullNamesStillWork() {
        String yaml = """
            countries:
              - {name: Freedonia}
            people:
              - {name: Anna Marx, gender: female, country: Freedonia}
              - {name: Bruno Marx, gender: male, country: Freedonia}
            """;
        Registry r = Registry.parse(yaml, "t.yaml");
        assertTrue(r.lookup("Marx").isEmpty());
        assertEquals("Bruno Marx", r.lookup("BRUNO MARX").orElseThrow().name());
    }
}
