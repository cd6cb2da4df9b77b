package org.parley.quote;

import java.util.List;
import java.util.Set;

/**
 * Skips the adverbials that sit between a speech verb and the reported words or the source: "said
 * on Monday", "said hours later", "said in a written statement on Monday", "told reporters at a
 * news conference in Geneva", "said only that", "said in reply to our question that". They are neither the source nor the quote.
 * Stateless and thread-safe.
 */
final class Adverbials {

    private static final Set<String> SINGLE = Set.of(
            "later", "earlier", "again", "also", "today", "yesterday", "tonight", "afterwards", "afterward",
            "previously", "recently", "repeatedly", "separately", "publicly", "privately", "then", "now",
            "already", "too", "once", "twice", "meanwhile", "however", "though", "further", "instead", "first");

    static final Set<String> TIMES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday’s",
            "tuesday’s", "wednesday’s", "thursday’s", "friday’s", "saturday’s", "sunday’s", "week", "month",
            "year", "weekend", "night", "morning", "afternoon", "evening", "day", "spring", "summer", "autumn",
            "fall", "winter");

    private static final Set<String> DURATIONS = Set.of(
            "hours", "days", "weeks", "minutes", "months", "years", "moments", "shortly", "hour", "day", "week",
            "month", "year", "minute", "moment");

    private static final Set<String> VENUES = Set.of(
            "statement", "statements", "interview", "speech", "address", "briefing", "remarks", "conference",
            "call", "letter", "post", "message", "tweet", "communique", "communiqué", "broadcast", "column",
            "article", "video", "session", "meeting", "hearing", "debate", "appearance", "summit", "forum",
            "op-ed", "release", "note", "declaration", "posting", "talks", "visit", "event", "rally",
            "ceremony", "programme", "program", "show", "report", "conversation", "telephone", "phone", "pages",
            "newspaper", "paper", "magazine", "book", "blog", "podcast");

    private static final Set<String> AUDIENCES = Set.of(
            "reporters", "journalists", "lawmakers", "parliament", "parliamentarians", "students", "supporters",
            "the", "a", "an");

    /** "in reply to …", "in response to …", "in answer to …": what the statement answered. */
    private static final Set<String> REPLIES = Set.of("reply", "response", "answer");
    /** Words an "in reply to" phrase may run before its "that". */
    private static final int REPLY_REACH = 10;

    private Adverbials() {
    }

    /** Prepositions that open the setting of a speech act ("wrote in his last report to the board"). */
    private static final java.util.Set<String> SETTING = java.util.Set.of("in", "at", "to", "with", "during",
            "after", "before", "on", "over", "from", "for", "via", "through");
    private static final Set<String> OBJECTS = Set.of("me", "us", "him", "her", "them");

    /** Longest setting before the quotation it introduces. */
    private static final int MAX_SETTING = 14;

    /**
     * "wrote in his last report to the board, “…”", "put it to me over coffee last week, “…”": only
     * prepositional phrases after the verb, then a comma and a quotation, which is the quote; the
     * quotation's token index, else -1. Bounded look-ahead.
     */
    static int settingThenQuote(List<Token> t, int k, int n) {
        if (k + 1 < n && t.get(k).isWord() && OBJECTS.contains(t.get(k).lower())) {
            k++; // "told me over coffee, “…”"
        }
        if (k >= n || !t.get(k).isWord() || !SETTING.contains(t.get(k).lower())) {
            return -1;
        }
        for (int j = k + 1; j + 1 < n && j - k <= MAX_SETTING; j++) {
            Token w = t.get(j);
            if (w.is(",") && t.get(j + 1).kind() == Token.Kind.QUOTE) {
                return j + 1;
            }
            if (!w.isWord() || w.is("that") || Words.BE.contains(w.lower()) || SpeechVerbs.isForm(w.lower())) {
                return -1;
            }
        }
        return -1;
    }

    /** Index of the first token at or after {@code k} that is not part of a leading adverbial. */
    static int skip(List<Token> t, int k, int n) {
        for (int guard = 0; guard < 8 && k < n; guard++) {
            int next = skipOne(t, k, n);
            if (next == k) {
                break;
            }
            k = next;
        }
        return k;
    }

    private static int skipOne(List<Token> t, int k, int n) {
        Token w = t.get(k);
        if (w.is(",") && k + 2 < n && t.get(k + 2).is(",") && t.get(k + 1).isWord()
                && SINGLE.contains(t.get(k + 1).lower())) {
            return k + 3;
        }
        if (!w.isWord() || w.capitalised()) {
            return k;
        }
        String lw = w.lower();
        String next = k + 1 < n && t.get(k + 1).isWord() ? t.get(k + 1).lower() : "";
        if (SINGLE.contains(lw) || Words.adverb(lw)) {
            return k + 1;
        }
        if (lw.equals("only") && next.equals("that")) {
            return k + 1;
        }
        if ((lw.equals("on") || lw.equals("late") || lw.equals("early")) && TIMES.contains(next)) {
            return skipDate(t, k + 2, n);
        }
        if ((lw.equals("last") || lw.equals("this") || lw.equals("next") || lw.equals("that")) && TIMES.contains(next)) {
            return k + 2;
        }
        if (DURATIONS.contains(lw) && (next.equals("later") || next.equals("earlier") || next.equals("ago")
                || next.equals("after") && k + 2 < n)) {
            return k + 2;
        }
        if (k + 1 < n && t.get(k + 1).isWord() && DURATIONS.contains(next) && k + 2 < n
                && t.get(k + 2).isWord() && (t.get(k + 2).lower().equals("later") || t.get(k + 2).lower().equals("ago"))) {
            return k + 3; // "two days later"
        }
        if (lw.equals("in") || lw.equals("at") || lw.equals("during") || lw.equals("on") || lw.equals("via")
                || lw.equals("through")) {
            int venue = venueEnd(t, k + 1, n);
            if (venue > 0) {
                return venue;
            }
            if (lw.equals("in") && k + 1 < n && t.get(k + 1).capitalised()
                    && (k + 2 == n || t.get(k + 2).is("that") || t.get(k + 2).is(","))) {
                return k + 2; // "said in Moscow that", "… said in Moscow."
            }
            if (lw.equals("on") && next.equals("social") && k + 2 < n && t.get(k + 2).is("media")) {
                return k + 3; // "wrote on social media that"
            }
        }
        if (EVENT_LINKS.contains(lw)) {
            int event = eventEnd(t, k + 1, n);
            if (event > 0) {
                return event;
            }
        }
        if (lw.equals("in") && REPLIES.contains(next) && k + 2 < n && t.get(k + 2).is("to")) {
            for (int j = k + 3; j < n && j - k <= REPLY_REACH && t.get(j).isWord(); j++) {
                if (t.get(j).is("that")) {
                    return j; // "said in reply to our question from last night that"
                }
            }
        }
        if (lw.equals("to") && AUDIENCES.contains(next) && !next.equals("the") && !next.equals("a") && !next.equals("an")) {
            return k + 2;
        }
        return k;
    }

    private static int skipDate(List<Token> t, int k, int n) {
        while (k < n && t.get(k).isWord() && (Character.isDigit(t.get(k).text().charAt(0))
                || TIMES.contains(t.get(k).lower()))) {
            k++;
        }
        return k;
    }

    /** Prepositions that date a statement by an event ("said after the meeting"). */
    private static final Set<String> EVENT_LINKS = Set.of("after", "before", "following", "during");
    /** Words an event phrase may run before its head ("after five hours", "before the second round of"). */
    private static final int EVENT_REACH = 4;

    /**
     * "the meeting", "five hours of talks", "the talks": a lower-case phrase whose head is a venue or
     * duration noun, with "of" and a venue after a duration; the index after it, or -1.
     */
    private static int eventEnd(List<Token> t, int k, int n) {
        for (int j = k; j < n && j - k < EVENT_REACH && t.get(j).isWord() && !t.get(j).capitalised(); j++) {
            String w = t.get(j).lower();
            if (VENUES.contains(w) || DURATIONS.contains(w)) {
                int e = j + 1;
                if (DURATIONS.contains(w) && e + 1 < n && t.get(e).is("of") && t.get(e + 1).isWord()
                        && VENUES.contains(t.get(e + 1).lower())) {
                    e += 2;
                }
                return partners(t, e, n);
            }
        }
        return -1;
    }

    /**
     * "after six hours of talks with his counterpart, Piet Aronsen": who the event was with, and that
     * person's name in apposition, belong to the setting; the index after them (or {@code e}).
     */
    private static int partners(List<Token> t, int e, int n) {
        if (e + 1 >= n || !t.get(e).is("with")) {
            return e;
        }
        Mentions.Range r = NounPhrases.npForward(t, e + 1, n);
        if (r == null) {
            return e;
        }
        int end = r.to();
        if (end + 1 < n && t.get(end).is(",") && t.get(end + 1).capitalised()) {
            Mentions.Range name = NounPhrases.npForward(t, end + 1, n);
            if (name != null && t.get(name.to() - 1).capitalised() && (name.to() == n || !t.get(name.to()).isWord())) {
                end = name.to(); // ", Piet Aronsen." closes the sentence
            }
        }
        return end;
    }

    /** "a (written) statement", "an interview with Reuters": the index after it, or -1. */
    private static int venueEnd(List<Token> t, int k, int n) {
        int j = k;
        if (j < n && t.get(j).isWord() && Words.DETERMINERS.contains(t.get(j).lower())) {
            j++;
        } else {
            return -1;
        }
        for (int words = 0; j < n && words < 4 && t.get(j).isWord(); words++, j++) {
            if (VENUES.contains(t.get(j).lower())) {
                int e = j + 1;
                while (e < n && t.get(e).isWord() && VENUES.contains(t.get(e).lower())) {
                    e++;
                }
                if (e + 1 < n && t.get(e).isWord() && (t.get(e).lower().equals("with") || t.get(e).lower().equals("to")
                        || t.get(e).lower().equals("in") || t.get(e).lower().equals("by"))) {
                    Mentions.Range r = NounPhrases.npForward(t, e + 1, n);
                    if (r != null && t.get(r.to() - 1).capitalised()) {
                        return r.to();
                    }
                }
                return e;
            }
        }
        return -1;
    }
}
