package org.parley.speaker;

import java.util.Set;

/**
 * The closed word classes {@link MentionReader} needs to find the head of a speaker mention and
 * read its gender and number. English news usage; all folded (lower case, no diacritics).
 */
final class MentionLexicon {

    private MentionLexicon() {
    }

    static final Set<String> CUT = Set.of("of", "for", "to", "in", "at", "from", "with", "by", "on",
            "who", "which", "that", "whose", "interviewed", "quoted", "cited", "speaking", "told", "close",
            "familiar", "according", "after", "before", "during", "while", "when", "as", "and", "said", "says",
            "under", "inside", "near", "representing", "travelling", "traveling", "visiting", "following", "attending");
    static final Set<String> TAIL = Set.of("also", "too", "later", "then", "again", "however", "earlier",
            "previously", "meanwhile", "now", "reportedly", "himself", "herself", "itself", "themselves", "has",
            "have", "had", "was", "is", "were", "are", "would", "will", "been", "separately", "further",
            "recently", "yesterday", "today", "tonight", "once", "repeatedly", "publicly", "privately", "both",
            "all", "alone", "only", "first", "last", "here", "there", "quickly", "immediately", "simply");
    static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "several", "two",
            "three", "four", "many", "other", "various", "numerous", "few");
    static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "spokesmen",
            "spokespeople", "statement", "representative", "representatives", "secretary", "office", "service",
            "communique", "communiqué", "release", "channel", "account", "website", "agency");
    static final Set<String> FEMALE = Set.of("she", "spokeswoman", "woman", "mrs", "ms", "miss", "madam",
            "queen", "princess", "lady", "mother", "sister", "daughter", "wife", "girl", "chairwoman", "her",
            "businesswoman", "congresswoman", "councilwoman", "stateswoman", "duchess", "baroness", "countess",
            "actress", "widow", "grandmother");
    /**
     * Male words. "Chairman" is not one: news writes it for women too ("the committee's chairman,
     * Anna …"), so only "chairwoman" is evidence.
     */
    static final Set<String> MALE = Set.of("he", "spokesman", "man", "mr", "king", "prince", "emir",
            "sheikh", "father", "brother", "son", "husband", "boy", "him", "his", "businessman",
            "congressman", "councilman", "statesman", "sir", "lord", "duke", "baron", "widower",
            "grandfather");
    static final Set<String> PLURAL = Set.of("people", "media", "police", "staff", "they", "sides",
            "both", "militants", "forces");
    /** Heads naming a body, not a person: "it"/"they", never "he"/"she" ("a monitoring group"). */
    static final Set<String> COLLECTIVE = Set.of("group", "organisation", "organization", "monitor",
            "ministry", "committee", "council", "government", "channel", "television", "tv", "website", "outlet",
            "newspaper", "network", "army", "military", "coalition", "alliance", "faction", "movement", "front",
            "agency", "office", "administration", "bloc", "team", "delegation", "opposition", "regime", "media");
    static final Set<String> NOT_PLURAL = Set.of("news", "us", "his", "its", "this", "was", "is", "has",
            "as", "ss", "class", "press", "boss", "chess");
    /**
     * Head words of place names ("Lake Sorrow", "Harbour Street", "Aske Province"): a capitalised
     * pair with one of these is a place, never a person who could speak or be "he"/"she".
     */
    static final Set<String> PLACE_HEADS = Set.of("lake", "river", "mount", "mountain", "mountains", "street",
            "avenue", "road", "square", "province", "city", "county", "district", "region", "valley", "bay",
            "island", "islands", "sea", "ocean", "gulf", "strait", "bridge", "port", "harbour", "harbor", "hill",
            "hills", "forest", "desert", "canal", "dam", "reservoir", "park", "airport", "station", "village",
            "town", "oblast", "governorate", "peninsula", "coast", "plain", "plateau", "pass", "cape", "falls",
            "point", "heights", "springs", "beach", "crossing", "camp", "junction", "ridge", "creek", "oasis", "fort");
    /** Prepositions that put the capitalised words after them in a place ("in Kalvor", "near Dorna Heights"). */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "across", "outside", "into",
            "towards", "toward", "around", "inside", "along");
    static final Set<String> ANON_LABELS = Set.of("question", "q", "moderator", "participant", "audience",
            "reporter", "journalist", "interpreter", "operator", "staff", "voice", "unidentified", "member", "a");
}
