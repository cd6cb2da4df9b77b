package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2015-12-16                        | 2015-12-16
            2015-12-16T10:22:00Z              | 2015-12-16
            2015-12-16T23:30:00-05:00         | 2015-12-16
            2015-12-16T10:22:00.123+03:00     | 2015-12-16
            2015-12-16 10:22:00               | 2015-12-16
            '  2016-01-15  '                  | 2016-01-15
            2016/3/24                         | 2016-03-24
            'December 16, 2015'               | 2015-12-16
            'December 16 2015'                | 2015-12-16
            'Dec 16, 2015'                    | 2015-12-16
            'Dec. 16, 2015'                   | 2015-12-16
            'Sept. 30, 2015'                  | 2015-09-30
            '16 Dec 2015'                     | 2015-12-16
            '16 December 2015'                | 2015-12-16
            '22nd December 2015'              | 2015-12-22
            'Wednesday, December 16, 2015'    | 2015-12-16
            'Wed, 16 Dec 2015 10:22:00 GMT'   | 2015-12-16
            'March 24, 2016, 10:45 AM'        | 2016-03-24
            'mar 24, 2016'                    | 2016-03-24
            1450261320                        | 2015-12-16
            1450261320000                     | 2015-12-16
            """)
    void parsesNewsDates(String text, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.parse(text));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "   ", "sometime in 2015", "12/11/2015", "2015-13-01", "2015-02-30",
            "Foo 16, 2015", "December 32, 2015", "2015-12-16garbage", "16 Dec", "yesterday"})
    void refusesWhatIsNotAnUnambiguousDate(String text) {
        assertNull(Dates.parse(text));
    }

    @org.junit.jupiter.api.Test
    void nullAndOverlongAreNotDates() {
        assertNull(Dates.parse(null));
        assertNull(Dates.parse("December 16, 2015" + " ".repeat(50) + "x".repeat(60)));
    }
}
