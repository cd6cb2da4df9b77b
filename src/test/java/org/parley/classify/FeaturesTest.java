package org.parley.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeaturesTest {

    private final Features features = new Features(Features.cuePhrases(Fixtures.taxonomy()));

    @ParameterizedTest
    @CsvSource({"talks,talk", "strikes,strik", "striking,strik", "supported,support", "supporting,support",
            "countries,country", "process,process", "us,us", "crisis,crisis", "ceasefire,ceasefir"})
    void stemsLightly(String word, String stem) {
        assertEquals(stem, Features.stem(word));
    }

    @Test
    void negationScopeRunsToThePunctuation() {
        List<String> f = features.extract("We don't seek regime change, we want talks.", null);
        assertTrue(f.contains("w:do"));
        assertTrue(f.contains("w:not"));
        assertTrue(f.contains("n:seek"));
        assertTrue(f.contains("n:chang"));
        assertTrue(f.contains("w:want"), "scope ends at the comma");
        assertFalse(f.contains("n:want"));
        assertTrue(f.contains("b:regim_chang"));
        assertTrue(f.contains("neg"));
    }

    @Test
    void cuesOfTheTaxonomyFire() {
        List<String> f = features.extract("We want a cessation of hostilities in Aleppo.", null);
        assertTrue(f.contains("cue:ceasefire"));
        assertFalse(f.contains("cue:assad-future"));
    }

    @Test
    void contextKeepsOnlyLowerCaseWordsSoNamesNeverShow() {
        List<String> f = features.extract("Talks.", "Foreign Minister Alda de Moreno told al-Jazeera the truce holds.");
        assertTrue(f.contains("c:told"));
        assertTrue(f.contains("c:truc"));
        assertTrue(f.contains("ccue:ceasefire"));
        for (String x : f) {
            assertFalse(x.contains("alda") || x.contains("moreno") || x.contains("jazeera") || x.equals("c:de")
                    || x.equals("c:al") || x.contains("foreign"), x);
        }
    }

    @Test
    void theQuoteKeepsItsCapitalisedWords() {
        assertTrue(features.extract("Assad must go.", null).contains("w:assad"));
        assertTrue(features.extract("Assad must go.", null).contains("cue:assad-future"));
    }

    @Test
    void theSentenceViewKeepsOnlyTheQuotesSentenceAndEachDecisionSeesItsOwnView() {
        String ctx = "The truce held in Homs. Officials warned that “talks will fail” unless aid arrives. Fighting resumed.";
        List<String> f = features.extract("talks will fail", ctx);
        assertTrue(f.contains("s:warn"));
        assertTrue(f.contains("s:aid"));
        assertFalse(f.contains("s:truc"), "previous sentence");
        assertFalse(f.contains("s:fight"), "next sentence");
        assertTrue(f.contains("c:truc"));
        assertTrue(Features.forTopic(f).contains("c:truc"));
        assertFalse(Features.forTopic(f).contains("s:warn"));
        assertTrue(Features.forStance(f).contains("s:warn"));
        assertTrue(Features.forStance(f).contains("w:talk"));
        assertFalse(Features.forStance(f).stream().anyMatch(x -> x.startsWith("c:") || x.startsWith("ccue:")));
    }

    @Test
    void functionWordsLeaveTheUnigramsButNotTheBigramsOrNegation() {
        List<String> f = features.extract("The talks are not over.", "the talks resumed");
        assertFalse(f.contains("w:the"));
        assertFalse(f.contains("w:are"));
        assertTrue(f.contains("b:the_talk"));
        assertTrue(f.contains("w:not"));
        assertTrue(f.contains("n:over"));
        assertTrue(f.contains("c:the"));
    }
}
