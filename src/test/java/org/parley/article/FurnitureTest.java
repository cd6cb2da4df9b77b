package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FurnitureTest {

    /** Lines as they appear on news pages of varied outlets; the expected rule, or NONE. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
            LATEST => HEADING
            WEDNESDAY FEATURES => HEADING
            ADVERTISEMENT => HEADING
            Story continues below advertisement => SHORT_LINE
            The 6,786 Detainees Who Died in Regime Prisons => HEADING
            Syria Peace Talks to Resume in Geneva as Truce Holds => HEADING
            Russian Military Repeats “We Are Working With Syrian Rebels” => HEADING
            Opposition Bloc: “No Talks Without Aid Deliveries” => HEADING
            Six More Iranian Troops Killed, Confirmed Total Now 105 Since Oct. 7 => HEADING
            How US Failed to Train-and-Equip Rebels v. ISIS => HEADING
            Middle East | Syria => HEADING
            IRAN FIGHTER SYRIA FUNERAL 12-15 => HEADING
            Focus on political process => SHORT_LINE
            ‘Not isolating Russia’ => SHORT_LINE
            Agence France-Presse => HEADING
            Sort by => SHORT_LINE
            December 16, 2015 => SHORT_LINE
            Updated 10:45 AM ET, Wed December 16, 2015 => HEADING
            * * * => SEPARATOR
            PHOTO: Delegates arrive for talks at the United Nations in Geneva => CAPTION
            Photo: Reuters => CAPTION
            File photo | Geneva, Switzerland, January 2016 => CAPTION
            Video: Cameraman is Killed While Filming Rescue in Douma => CAPTION
            Delegates take their seats before a meeting in Vienna, Austria. (AP Photo/File) => CAPTION
            A delegate, left, speaks with an aide before the session opened on Friday. => CAPTION
            Foreign ministers (L-R) pose for a group picture before the meeting in Vienna. => CAPTION
            By Jane Doe and John Roe => BYLINE
            By JANE DOE, Associated Press => BYLINE
            (Reporting by Jane Doe; Editing by John Roe) => BYLINE
            Reporting by Jane Doe in Moscow; Writing by John Roe; Editing by Jan Poe => BYLINE
            © 2016 Example Media. All rights reserved. => COPYRIGHT
            See Syria Interview: Rebel Leader Alloush “We Are Syrians with a Revolutionary Project” => CROSS_LINK
            See Syria Daily, Dec 21: Another Sunday, Another Mass Killing by Russia’s Warplanes => CROSS_LINK
            See also: Why the Vienna talks matter for Syria. => CROSS_LINK
            READ MORE: Geneva talks stall over opposition list => CROSS_LINK
            Related: How the Islamic State Is Financed => CROSS_LINK
            Add a comment => SITE_PROMPT
            There are no comments yet. Add your comment to start the conversation. => SITE_PROMPT
            Summarize this article with AI => SITE_PROMPT
            This is AI generated summarization, which may have errors. For context, always refer to the full article. => SITE_PROMPT
            How does this make you feel? => SITE_PROMPT
            Download the Rappler App! => SITE_PROMPT
            Get the latest headlines in our free app. => SITE_PROMPT
            Sign up for our daily newsletter. => SITE_PROMPT
            Click here to subscribe to our newsletter. => SITE_PROMPT
            Follow us on Twitter and Facebook. => SITE_PROMPT
            What do you think? Leave a comment below. => SITE_PROMPT
            You might also like => SHORT_LINE
            You can’t defeat Daesh without de-escalating. => NONE
            If you are in Aleppo, the shelling never stops. => NONE
            SECRETARY KERRY: Thank you… => NONE
            MODERATOR: Thank you all for coming => NONE
            QUESTION: Will the talks begin on schedule? => NONE
            Foreign Ministry spokeswoman Maria Zakharova said: => NONE
            “We are ready,” he said. => NONE
            “We are ready.” => NONE
            “See you in Geneva,” the envoy said => NONE
            Thank you. => NONE
            He declined to comment. => NONE
            The talks will resume in Geneva on Monday. => NONE
            [This is] a catastrophic situation in every sense of the world. They are killing the Syrian people not only with bullets but also with cold and hunger. => NONE
            We are now faced with new tasks, above all, the preservation of Syria, this is the ultimate goal. Disagreements between the warring parties are brought to the fore instead of paying attention to the humanitarian disaster. This is an immoral stance => NONE
            “We have consistently said that the world is better off when Russia and the United States find common ground and an ability to be able to work together.”  — Dave Clark, AFP/ => NONE
            Lavrov said the two countries agreed to intensify “our efforts in counterterrorism.” => NONE
            Kerry hailed US-Russian cooperation, saying they were “honest with differences”: => NONE
            • The ceasefire took effect at midnight => NONE
            1. Release of detainees from regime prisons => NONE
            Rebels announced an operations room with five factions for the counter-offensive. => NONE
            """)
    void verdictInTheMiddleOfAnArticle(String line, String expected) {
        Furniture.Rule r = Furniture.rule(line, Furniture.Context.BODY);
        assertEquals(expected, r == null ? "NONE" : r.name());
        assertEquals(!expected.equals("NONE"), Furniture.isFurniture(line));
    }

    @Test
    void aShortSentenceCaseLineRightAfterABlockQuoteIntroIsQuotedTextNotAHeading() {
        String line = "This is an immoral stance";
        assertEquals(Furniture.Rule.SHORT_LINE, Furniture.rule(line, Furniture.Context.BODY));
        assertNull(Furniture.rule(line, new Furniture.Context(null, true, false)));
        List<Furniture.Rule> rules = Furniture.classify(List.of(
                "The Ministry said in a statement on Monday:", line, "Focus on political process"), null);
        assertEquals(Arrays.asList(null, null, Furniture.Rule.SHORT_LINE), rules);
    }

    @Test
    void aShortSecondPersonLineIsASloganOnlyInTheMasthead() {
        String slogan = "The news is by your side.";
        assertEquals(Furniture.Rule.SITE_PROMPT, Furniture.rule(slogan, new Furniture.Context(null, false, true)));
        assertNull(Furniture.rule(slogan, Furniture.Context.BODY));
    }

    @Test
    void titleCaseAndCapitalsStayHeadingsEvenAfterAColon() {
        assertEquals(Furniture.Rule.HEADING,
                Furniture.rule("IRAN FIGHTER SYRIA FUNERAL 12-15", new Furniture.Context(null, true, false)));
    }

    @Test
    void aLongSubheadlineIsFurnitureOnlyBeforeTheBody() {
        String dek = "The two countries still do not see eye to eye on the fate of Syrian President Bashar al-Assad";
        assertEquals(Furniture.Rule.STANDFIRST, Furniture.rule(dek, new Furniture.Context(null, false, true)));
        assertNull(Furniture.rule(dek, Furniture.Context.BODY));
        List<Furniture.Rule> rules = Furniture.classify(List.of("Talks resumed on Monday in Geneva.", dek), null);
        assertNull(rules.get(1), "after a body paragraph the header is over");
    }

    @Test
    void theTitleRepeatedInTheBodyIsFurnitureEvenWithFinalPunctuation() {
        String title = "Talks on Syria's future to resume in Geneva after a two-week pause.";
        String repeated = "Talks on Syria’s future to resume in Geneva after a two-week pause";
        assertNull(Furniture.rule(title, Furniture.Context.BODY));
        assertEquals(Furniture.Rule.TITLE_REPEAT, Furniture.rule(repeated, new Furniture.Context(title, false, false)));
        assertEquals(Furniture.Rule.TITLE_REPEAT, Furniture.rule("Kerry and Putin agree on New York talks",
                new Furniture.Context("Syria Daily: Kerry and Putin agree on New York talks", false, false)));
    }

    @Test
    void rulesAreLinearOnAFiveMegabyteParagraph() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 5_000_000) {
            b.append("Talks. ”A, “b” ... U.S. ");
        }
        String huge = b.toString().strip();
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertNull(Furniture.rule(huge, new Furniture.Context(huge.substring(0, 100), true, true)));
            assertEquals(1, Furniture.classify(List.of(huge), "Title").size());
        });
    }

    // --- the seed articles ------------------------------------------------------------------------

    /**
     * Paragraph indices a human reader calls furniture in each seed article (checked one by one:
     * headline repeats, credits, captions, "LATEST" blocks, section headings, cross-links, comment
     * and app prompts); every other paragraph is article text.
     */
    private static final Map<String, Set<Integer>> SEED_FURNITURE = Map.of(
            "2015-12-16_afp_us-russia-push-ahead-syria-talks",
            Set.of(0, 1, 2, 3, 4, 13, 27, 34, 35, 36, 37, 38, 39),
            "2015-12-16_eaworldview_kerry-putin-new-york-talks",
            Set.of(0, 1, 2, 3, 4, 5, 18, 21, 22, 25, 26, 32),
            "2015-12-22_eaworldview_russia-france-consult",
            Set.of(0, 1, 2, 3, 13, 17, 22, 23, 27, 29, 38, 43),
            "2016-01-15_eaworldview_geneva-talks-without-preconditions",
            Set.of(0),
            "2016-03-24_reuters_kerry-vows-work-with-moscow",
            Set.of(0, 1, 27));

    /** A quotation closed after punctuation, or a quotation next to a speech verb. */
    private static final Pattern QUOTED_SPEECH = Pattern.compile(
            "[,.?!…][”\"]|[“”\"].*\\b(said|says|asserted|added|told|stated|explained|insisted)\\b"
                    + "|\\b(said|says|asserted|added|told|stated|explained|insisted)\\b.*[“”\"]");

    @Test
    void seedArticlesFurnitureIsWhatAHumanCallsFurniture() {
        List<String> warnings = new ArrayList<>();
        Map<String, Set<Integer>> found = new TreeMap<>();
        try (ArticleReader r = new ArticleReader(List.of(Path.of("corpus/articles")), w -> warnings.add(w.toString()))) {
            while (r.hasNext()) {
                Article a = r.next();
                Set<Integer> marked = new TreeSet<>();
                for (Paragraph p : a.paragraphs()) {
                    if (p.furniture()) {
                        marked.add(p.index());
                    }
                    if (QUOTED_SPEECH.matcher(p.text()).find()) {
                        assertFalse(p.furniture(), () -> a.id() + " #" + p.index() + " quotes speech: " + p.text());
                    }
                }
                found.put(a.id(), marked);
            }
        }
        assertEquals(List.of(), warnings);
        assertEquals(new TreeMap<>(SEED_FURNITURE.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> new TreeSet<>(e.getValue())))), found);
    }

    @Test
    void seedParagraphsWithQuotedSpeechAreCheckedAtAll() {
        // Guards the test above against a pattern that never matches.
        assertTrue(QUOTED_SPEECH.matcher("“We are ready,” he said.").find());
        assertTrue(QUOTED_SPEECH.matcher("Kirby predicted “the same level”, he said").find());
        assertFalse(QUOTED_SPEECH.matcher("Russian Military Repeats “We Are Working With Syrian Rebels”").find());
    }
}
