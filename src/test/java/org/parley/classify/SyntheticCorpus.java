package org.parley.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parley.pipeline.QuoteRecord;
import org.parley.quote.QuoteKind;

/**
 * Generates invented labeled quotes (no real people, no real statements) from templates: a topic
 * phrase framed by a stance, with filler words and some label noise, so tests and the benchmark have
 * data of any size. Contexts name invented speakers, so masking can be tested.
 */
final class SyntheticCorpus {

    static final Map<String, List<String>> PHRASES = Map.of(
            "assad-future", List.of("the departure of the president", "a transition without the current leader",
                    "the president stepping down", "regime change in the country", "the fate of the president"),
            "terrorist-designation", List.of("the list of terrorist groups", "designating the armed factions as terrorists",
                    "blacklisting these factions", "the designation of the rebel groups"),
            "peace-talks", List.of("the talks in the capital", "negotiations between the parties",
                    "the political process", "a new round of talks", "the meeting of the support group"),
            "ceasefire", List.of("a ceasefire", "the truce", "a cessation of hostilities", "a halt to the fighting"),
            "fight-against-isis", List.of("joint action against the extremists", "sharing intelligence on terrorism",
                    "the campaign against the militants", "uprooting the terrorist networks"),
            "russian-airstrikes", List.of("the air campaign", "the bombing raids", "these airstrikes",
                    "the sorties over the north"),
            "humanitarian-access", List.of("aid deliveries to besieged towns", "humanitarian access",
                    "the release of detainees", "lifting the sieges"),
            "us-russia-cooperation", List.of("working together with our partners", "cooperation between the two powers",
                    "finding common ground despite our differences", "closer coordination between the two capitals"));

    static final List<String> SUPPORT = List.of("We fully support %s.", "%s must go ahead.", "We welcome %s.",
            "It is essential to pursue %s.", "We are committed to %s.", "There is no alternative to %s.");
    static final List<String> OPPOSE = List.of("We reject %s.", "%s would be a grave mistake.",
            "We will never accept %s.", "There can be no question of %s.", "We do not want %s.", "We oppose %s.");
    static final List<String> NEUTRAL = List.of("%s was discussed today.", "The question of %s came up.",
            "We took note of the reports about %s.", "The ministers talked about %s.", "%s is on the agenda.");
    static final List<String> OTHER = List.of("The convoy reached the town on Tuesday.",
            "Three buildings were damaged in the storm.", "The flight was delayed by fog.",
            "The parliament will vote on the budget next week.", "Turnout in the local election was low.",
            "The bridge has been closed for repairs.", "Prices of bread rose again this month.");
    static final List<String> FILLER = List.of("indeed", "frankly", "today", "once again", "as we said",
            "in our view", "at this stage", "of course", "clearly", "now");
    static final List<String> NAMES = List.of("Alda Moreno", "Tomas Reyvik", "Ines Calloway", "Pavel Odrin",
            "Mira Santek", "Jonas Ferrow");

    private SyntheticCorpus() {
    }

    static List<QuoteRecord> generate(int n, int articles, long seed, double noise) {
        Random r = new Random(seed);
        List<String> topics = new ArrayList<>(new java.util.TreeSet<>(PHRASES.keySet()));
        topics.add("other");
        List<QuoteRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String topic = topics.get(r.nextInt(topics.size()));
            Stance stance;
            String text;
            if (topic.equals("other")) {
                stance = Stance.NEUTRAL;
                text = pick(r, OTHER);
            } else {
                stance = Stance.values()[r.nextInt(3)];
                List<String> frames = stance == Stance.SUPPORT ? SUPPORT : stance == Stance.OPPOSE ? OPPOSE : NEUTRAL;
                String phrase = pick(r, PHRASES.get(topic));
                text = String.format(pick(r, frames), phrase);
                text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
            }
            if (r.nextBoolean()) {
                text = text.substring(0, text.length() - 1) + ", " + pick(r, FILLER) + ".";
            }
            if (r.nextDouble() < noise) {
                topic = topics.get(r.nextInt(topics.size()));
                stance = topic.equals("other") ? Stance.NEUTRAL : Stance.values()[r.nextInt(3)];
            }
            String name = pick(r, NAMES);
            String context = name + " told reporters: " + text + " " + name.split(" ")[0] + " spoke after the meeting.";
            out.add(new QuoteRecord("article-" + (i % articles), QuoteKind.DIRECT, text, name, name.split(" ")[1],
                    null, null, null, null, null, context, topic, stance, null, null, QuoteRecord.ORIGIN_ARTICLE));
        }
        return out;
    }

    private static String pick(Random r, List<String> l) {
        return l.get(r.nextInt(l.size()));
    }
}
