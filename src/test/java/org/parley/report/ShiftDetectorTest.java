package org.parley.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shift detection over day-by-day side counts. A day is written {@code DD:s/o} (day of January 2016,
 * support and oppose quotes); a shift {@code from>to@since..until#quotes}.
 */
class ShiftDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "01:1/0 02:0/1 03:0/1; support>oppose@02..03#2",
            "01:1/0 02:0/2; support>oppose@02..02#2",
            "01:1/0 02:0/1; ''",
            "01:1/0 02:0/1 03:1/0 04:0/1; ''",
            "01:0/1 02:1/0 03:1/0 04:1/0 05:0/1; oppose>support@02..04#3",
            "01:1/0 02:0/1 03:0/1 05:1/0 06:1/0; support>oppose@02..03#2,oppose>support@05..06#2",
            "01:1/0 02:1/1 03:0/1 04:2/2 05:0/1; support>oppose@03..05#2",
            "01:2/1 02:1/3; support>oppose@02..02#3",
            "01:0/0; ''",
    })
    void detects(String days, String expected) {
        TreeMap<LocalDate, int[]> m = new TreeMap<>();
        for (String d : days.trim().split(" ")) {
            String[] p = d.split("[:/]");
            m.put(LocalDate.of(2016, 1, Integer.parseInt(p[0])), new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2])});
        }
        List<String> got = new ArrayList<>();
        for (Shift s : ShiftDetector.detect("X", "t", m)) {
            got.add(s.from().label() + ">" + s.to().label() + "@" + String.format("%02d", s.since().getDayOfMonth())
                    + ".." + String.format("%02d", s.until().getDayOfMonth()) + "#" + s.quotes());
        }
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), got);
    }
}
