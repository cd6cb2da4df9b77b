package org.parley.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NlpTest {

    @Test
    void foldsDiacriticsAndCase() {
        assertEquals("mevlut cavusoglu", Nlp.fold("Mevlüt  Çavuşoğlu"));
        assertEquals("sergei lavrov", Nlp.fold("Sergei Lavrov"));
        assertEquals("russia's", Nlp.fold("Russia’s"));
    }

    @Test
    void modelsLoadFromTheClasspath() {
        assertEquals(2, Nlp.sentences("Kerry met Lavrov. They talked for hours.").length);
        String[] tokens = Nlp.tokens("Sergei Lavrov said talks would resume.");
        assertEquals("Lavrov", tokens[1]);
        String[] tags = Nlp.tags(tokens);
        assertEquals(tokens.length, tags.length);
        assertArrayEquals(new String[] {"PROPN", "PROPN"}, new String[] {tags[0], tags[1]});
    }
}
