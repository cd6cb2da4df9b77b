package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private static final List<String> TEMPLATES = List.of(
            "Anna Smith met the envoy.\n\n“We will talk again,” Smith said.\n\nThe talks end on Friday.",
            "The council met on Monday.\n\nSmith said the vote was delayed.");

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() {
        CorpusGenerator g = new CorpusGenerator(TEMPLATES, List.of("Anna Smith", "Smith"));
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        StringWriter c = new StringWriter();
        g.write(50, 7, a);
        g.write(50, 7, b);
        g.write(50, 8, c);
        assertEquals(a.toString(), b.toString());
        assertNotEquals(a.toString(), c.toString());
        assertEquals(50, a.toString().lines().count());
    }

    @Test
    void namesAreVariedAndEveryLineIsAnArticleRecord() throws Exception {
        CorpusGenerator g = new CorpusGenerator(TEMPLATES, List.of("Anna Smith", "Smith"));
        StringWriter w = new StringWriter();
        long chars = g.write(20, 1, w);
        assertTrue(chars > 0);
        assertFalse(w.toString().contains("Smith"), "names replaced");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : w.toString().lines().toList()) {
            var n = mapper.readTree(line);
            assertTrue(n.get("id").asText().startsWith("bench-"));
            assertTrue(n.get("date").asText().matches("201[56]-\\d\\d-\\d\\d"));
            assertFalse(n.get("text").asText().isBlank());
        }
    }

    @Test
    void aSurnameTakesTheSurnameOfItsFullNamesReplacement() throws Exception {
        CorpusGenerator g = new CorpusGenerator(List.of(TEMPLATES.get(0)), List.of("Smith", "Anna Smith"));
        StringWriter w = new StringWriter();
        g.write(30, 3, w);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var full = java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}+) (\\p{Lu}\\p{Ll}+) met the envoy");
        var surname = java.util.regex.Pattern.compile("again,” (\\p{Lu}\\p{Ll}+) said");
        for (String line : w.toString().lines().toList()) {
            String text = mapper.readTree(line).get("text").asText();
            var f = full.matcher(text);
            var s = surname.matcher(text);
            assertTrue(f.find() && s.find(), text);
            assertEquals(f.group(2), s.group(1), "surname follows the full name in: " + text);
            assertFalse(text.contains("Smith"));
        }
    }

    @Test
    void paragraphGroupsAreShuffledNotLost() {
        CorpusGenerator g = new CorpusGenerator(List.of(TEMPLATES.get(0)), List.of());
        var orders = new java.util.HashSet<String>();
        for (int seed = 0; seed < 20; seed++) {
            String text = g.article(new java.util.SplittableRandom(seed));
            List<String> groups = List.of(text.split("\n\n"));
            assertEquals(3, groups.size());
            assertEquals(java.util.Set.of(TEMPLATES.get(0).split("\n\n")), java.util.Set.copyOf(groups));
            orders.add(text);
        }
        assertTrue(orders.size() > 1, "more than one order in 20 seeds");
    }
}
