package org.parley.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.speaker.Attribution.Sieve;

/** Mentions attributed on their own (no earlier quotes, no article text), against the corpus registry. */
class MentionAttributionTest {

    private static final Attributor ATTRIBUTOR = new Attributor(RegistryTest.CORPUS);

    @ParameterizedTest(name = "{0} on {1} -> {2} ({3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        Russian Foreign Minister Sergei Lavrov                        | 2015-12-16 | Sergei Lavrov                     | NAME
        Russian Foreign Minister Sergey Lavrov                        | 2016-01-15 | Sergei Lavrov                     | NAME
        Turkish Foreign Minister Mevlut Çavuşoğlu                     | 2015-12-22 | Mevlüt Çavuşoğlu                  | NAME
        Mevlut Cavusoglu                                              | 2015-12-22 | Mevlüt Çavuşoğlu                  | NAME
        CAVUSOGLU                                                     | -          | Mevlüt Çavuşoğlu                  | TRANSCRIPT
        State Department spokesman John Kirby                         | 2016-01-15 | John Kirby                        | NAME
        John Kirby, a spokesman for the State Department              | 2016-01-15 | John Kirby                        | NAME
        Kremlin spokesman Dmitri Peskov                               | 2015-12-16 | Dmitry Peskov                     | NAME
        the chief of the General Staff, General Valery Gerasimov, who | 2015-12-16 | Valery Gerasimov                  | ROLE
        U.N. envoy Staffan de Mistura                                 | 2016-03-24 | Staffan de Mistura                | NAME
        President Assad                                               | 2016-01-15 | Bashar al-Assad                   | NAME
        Washington's top diplomat                                     | 2015-12-16 | John Kerry                        | ROLE
        Russia’s top diplomat                                         | 2015-12-16 | Sergei Lavrov                     | ROLE
        the Kremlin leader                                            | 2015-12-16 | Vladimir Putin                    | ROLE
        the Kremlin leader                                            | 2010-06-01 | Dmitry Medvedev                   | ROLE
        the US envoy                                                  | 2015-12-16 | John Kerry                        | ROLE
        the Secretary of State                                        | 2016-03-24 | John Kerry                        | ROLE
        the Secretary of State                                        | 2018-06-01 | Mike Pompeo                       | ROLE
        the Turkish foreign minister                                  | 2015-10-01 | Feridun Sinirlioğlu               | ROLE
        the Kremlin spokesman                                         | 2016-01-15 | Dmitry Peskov                     | ROLE
        Putin's spokesman                                             | 2016-01-15 | Dmitry Peskov                     | ROLE
        Putin's spokesman Dmitry Peskov                               | 2016-01-15 | Dmitry Peskov                     | NAME
        Assad's regime                                                | 2016-01-15 | Syria                             | COUNTRY
        Russia's UN envoy                                             | 2016-01-15 | Vitaly Churkin                    | ROLE
        the UN chief                                                  | 2016-01-15 | Ban Ki-moon                       | ROLE
        a State Department spokesman                                  | 2016-01-15 | State Department                  | INSTITUTION
        a Kremlin spokesman                                           | 2016-01-15 | Kremlin                           | INSTITUTION
        The Russian military                                          | 2015-12-16 | Russian Defense Ministry          | INSTITUTION
        Russia's Defense Ministry                                     | 2015-12-16 | Russian Defense Ministry          | INSTITUTION
        The state-run news channel Ikhbariya                          | 2016-03-24 | Ikhbariya                         | INSTITUTION
        the Britain-based Syrian Observatory for Human Rights         | 2016-03-24 | Syrian Observatory for Human Rights | INSTITUTION
        The opposition-rebel negotiating team                         | 2016-01-15 | High Negotiations Committee       | INSTITUTION
        Jaish al-Islam, the leading rebel group which held the base,  | 2015-12-16 | Jaish al-Islam                    | INSTITUTION
        Moscow                                                        | 2015-12-16 | Russia                            | COUNTRY
        the U.S.                                                      | 2015-12-16 | United States                     | COUNTRY
        Ankara                                                        | 2015-12-16 | Turkey                            | COUNTRY
        the Russians                                                  | 2015-12-16 | Russia                            | COUNTRY
        the regime                                                    | 2016-01-15 | Syria                             | COUNTRY
        The US and Russia                                             | 2016-01-15 | United States                     | COUNTRY
        Kerry and Lavrov                                              | 2015-12-16 | John Kerry                        | NAME
        Syrian journalist Abdurahman Harkoush                         | 2015-12-22 | Abdurahman Harkoush               | NAME
        Lieutenant General Ivo Testerov                               | 2015-12-22 | Ivo Testerov                      | NAME
        Ivo Testerov, a fictional analyst                             | 2015-12-22 | Ivo Testerov                      | NAME
        The Wall Street Journal                                       | 2015-12-22 | Wall Street Journal               | NAME
        SECRETARY KERRY                                               | 2016-03-24 | John Kerry                        | TRANSCRIPT
        FOREIGN MINISTER LAVROV (via interpreter)                     | 2016-03-24 | Sergei Lavrov                     | TRANSCRIPT
        MR. TESTEROV                                                  | 2016-03-24 | Testerov                          | TRANSCRIPT
        QUESTION                                                      | 2016-03-24 | -                                 | ANONYMOUS
        a senior Western diplomat                                     | 2016-03-24 | -                                 | ANONYMOUS
        activists                                                     | 2015-12-16 | -                                 | ANONYMOUS
        Activists                                                     | 2015-12-16 | -                                 | ANONYMOUS
        US officials                                                  | 2015-12-16 | -                                 | ANONYMOUS
        A soldier interviewed by Ikhbariya                            | 2016-03-24 | -                                 | ANONYMOUS
        Iranian media                                                 | 2015-12-22 | -                                 | ANONYMOUS
        the two sides                                                 | 2015-12-16 | -                                 | ANONYMOUS
        a monitoring group                                            | 2016-03-24 | -                                 | ANONYMOUS
        Syrian state television                                       | 2016-03-24 | -                                 | ANONYMOUS
        Islamic State fighters                                        | 2016-03-24 | -                                 | ANONYMOUS
        The Foreign Minister                                          | 2015-12-16 | -                                 | NONE
        Deputy Foreign Minister for Political Affairs Ali Bakri       | 2016-08-09 | Ali Bakri                         | NAME
        Talmoran Foreign Ministry Spokesman Reza Karimi               | 2016-08-09 | Reza Karimi                       | NAME
        Castria's Permanent Representative to the UN Office in Geneva Irina Dobreva | 2016-04-20 | Irina Dobreva | NAME
        the Minister of Foreign Affairs of the Republic of Castria Teodor Vasic | 2016-04-07 | Teodor Vasic  | NAME
        Minister Mohammad Javad Zarif                                 | 2016-04-07 | Mohammad Javad Zarif              | NAME
        Norland's foreign minister, Anna Lindqvist                    | 2016-04-07 | Anna Lindqvist                    | NAME
        A government spokesman, Milan Dresch                          | 2016-09-14 | Milan Dresch                      | NAME
        the Special Envoy of the Secretary-General, Marta Kellen      | 2016-05-12 | Marta Kellen                      | NAME
        The representative of Valdoria                                | 2016-05-12 | Valdoria                          | INSTITUTION
        the representative of the Council of Lakes                    | 2016-05-12 | Council of Lakes                  | INSTITUTION
        an envoy in New York                                          | 2016-05-12 | -                                 | ANONYMOUS
        he                                                            | 2015-12-16 | -                                 | NONE
        Vellmark's chief negotiator, Dora Lindqvist                   | 2016-05-11 | Dora Lindqvist                    | NAME
        the chief negotiator of Vellmark, Dora Lindqvist, who         | 2016-03-01 | Dora Lindqvist                    | NAME
        Vellmark's chief negotiator                                   | 2016-05-11 | -                                 | ANONYMOUS
        the chief negotiator of Vellmark                              | 2016-05-11 | -                                 | ANONYMOUS
        the Chairman of the tribunal Hendrik Aalders                  | 2016-05-11 | Hendrik Aalders                   | NAME
        deputy of the Harland assembly Sanne Rijkaard                 | 2016-05-11 | Sanne Rijkaard                    | NAME
        Harland's chief negotiator, Britt Olafsdottir                 | 2016-05-11 | Britt Olafsdottir                 | NAME
        the opposition's chief negotiator                             | 2016-03-01 | Mohammed Alloush                  | ROLE
        """)
    void attributesMentions(String mention, String date, String speaker, Sieve sieve) {
        Attribution a = ATTRIBUTOR.attribute(mention, date == null ? null : LocalDate.parse(date));
        assertEquals(speaker, a.speaker(), mention);
        assertEquals(sieve, a.sieve(), mention);
        assertEquals(mention, a.mention());
    }

    @ParameterizedTest(name = "{0} in {1} is not Kerry")
    @CsvSource({"the Secretary of State, 2018-06-01", "the Secretary of State, 2012-06-01", "Washington's top diplomat, 2017-06-01"})
    void rolesFollowTheDate(String mention, String date) {
        assertNotEquals("John Kerry", ATTRIBUTOR.attribute(mention, LocalDate.parse(date)).speaker());
    }
}
