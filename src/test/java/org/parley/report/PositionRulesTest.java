package org.parley.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.classify.Stance;

/** The rules that turn counts into a cell's position, its text, and a pair's relation. */
class PositionRulesTest {

    @ParameterizedTest(name = "{0}/{1}/{2} → {3}, mixed {4}")
    @CsvSource(nullValues = "none", value = {
            "3, 0, 0, SUPPORT, false",
            "0, 2, 1, OPPOSE, false",
            "2, 1, 0, SUPPORT, false",
            "3, 2, 0, SUPPORT, true",
            "2, 2, 0, none, true",
            "1, 1, 3, NEUTRAL, true",
            "1, 0, 1, SUPPORT, false",
            "0, 0, 2, NEUTRAL, false",
            "0, 0, 0, none, false",
            "2, 2, 2, none, true",
    })
    void dominantAndMixed(int s, int o, int n, Stance dominant, boolean mixed) {
        StanceCounts c = new StanceCounts(s, o, n);
        assertEquals(dominant, c.dominant());
        assertEquals(mixed, c.mixed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "3 0 0 / 0 0 0; ▲ support (3)",
            "1 2 0 / 0 0 0; ▼ oppose (2) · ▲ 1",
            "2 3 1 / 0 0 0; ◆ ▼ oppose (3) · ▲ 2 · ● 1",
            "2 2 0 / 0 0 0; ◆ mixed · ▲ 2 · ▼ 2",
            "1 0 0 / 0 2 1; ▲ support (1) · ? 3",
            "0 0 0 / 0 2 1; ? ▼ oppose (2) · ● 1",
            "0 0 0 / 0 0 0; ''",
    })
    void cellText(String counts, String text) {
        String[] p = counts.replace("/", "").trim().split("\\s+");
        int[] v = new int[6];
        for (int i = 0; i < 6; i++) {
            v[i] = Integer.parseInt(p[i]);
        }
        Cell c = new Cell(new StanceCounts(v[0], v[1], v[2]), new StanceCounts(v[3], v[4], v[5]));
        assertEquals(text, Symbols.cell(c));
    }

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource({
            "3 0 0, 0 2 0, DIVERGE",
            "3 1 0, 0 2 0, DIVERGE",
            "2 0 0, 1 0 0, AGREE",
            "0 0 2, 0 0 1, AGREE",
            "2 0 0, 0 0 1, PARTIAL",
            "2 2 0, 2 0 0, PARTIAL",
            "3 2 0, 2 0 0, PARTIAL",
    })
    void relation(String a, String b, Relation expected) {
        assertEquals(expected, Relation.of(cell(a), cell(b)));
    }

    private static Cell cell(String s) {
        String[] p = s.split(" ");
        return new Cell(new StanceCounts(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])),
                StanceCounts.NONE);
    }
}
