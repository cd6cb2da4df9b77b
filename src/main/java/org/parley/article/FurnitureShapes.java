package org.parley.article;

import static org.parley.article.LineShape.bare;
import static org.parley.article.LineShape.hasQuoteMark;
import static org.parley.article.LineShape.isSpace;
import static org.parley.article.LineShape.isTitleCase;
import static org.parley.article.LineShape.words;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes {@link Furniture} tests a short paragraph for: a leading label, a photo caption, a byline
 * or credit line, a cross-link, a site prompt. Each test looks only at the stripped paragraph and its
 * words; the order they are tried in, and the guards before them, are {@link Furniture}'s. Cheap
 * character tests gate every regex, which are linear-time. Thread-safe (stateless).
 */
final class FurnitureShapes {

    private static final Set<String> SITE_VERBS = Set.of("add", "download", "subscribe", "sign", "log", "share",
            "click", "tap", "follow", "join", "read", "watch", "listen", "get", "sort", "summarize", "summarise",
            "tell", "leave", "comment", "like", "register", "install", "support", "donate", "enable",
            "disable", "allow", "continue", "upgrade", "try", "contact", "send", "email", "print", "save",
            "bookmark", "report", "become", "discover", "explore", "visit", "see");
    private static final Set<String> SITE_NOUNS = Set.of("comment", "comments", "app", "apps", "newsletter",
            "newsletters", "article", "articles", "story", "stories", "page", "site", "website", "link",
            "links", "button", "here", "us", "our", "email", "e-mail", "updates", "notifications", "alerts",
            "subscription", "subscriber", "subscribers", "account", "ai", "video", "videos", "podcast", "feed",
            "conversation", "discussion", "premium", "browser", "cookies", "ads", "newsroom", "journalism",
            "member", "membership", "inbox", "headlines");
    private static final Set<String> CREDIT_STARTS = Set.of("reporting by", "writing by", "editing by",
            "additional reporting by", "compiled by", "reported by", "edited by", "written by");
    private static final Pattern CREDIT_PAREN = Pattern.compile(
            "\\([^()]{0,80}?\\b(?:Photo|Photos|Images|Photograph|Pool|Image)\\b[^()]{0,80}\\)");
    private static final Pattern PHOTO_BY = Pattern.compile("(?i)\\b(?:photo(?:graph)? by|photo(?:graph)?:|photo credit)");
    private static final Pattern POSITION = Pattern.compile(
            "\\((?:L|R|C|L-R|R-L|left|right|centre|center|front|back)\\)|, (?:left|right|center|centre),");
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "(?i)\\b(?:this (?:article|story|page|post)|the full (?:article|story)|AI[- ]generated)\\b");

    private FurnitureShapes() {
    }

    /** The text before a leading colon (within 40 chars, up to 4 words), or null. */
    static String label(String t) {
        int limit = Math.min(t.length(), 40);
        for (int i = 0; i < limit; i++) {
            char c = t.charAt(i);
            if (c == ':' || c == '|') {
                String l = t.substring(0, i).strip();
                return !l.isEmpty() && words(l).size() <= 4 && i + 1 < t.length() ? l : null;
            }
            if (c == ',' || c == '“' || c == '"') {
                return null;
            }
        }
        return null;
    }

    /** Photo credit, "Photo by", or caption position markers; the cheap character tests gate the regexes. */
    static boolean isCaption(String t) {
        boolean paren = t.indexOf('(') >= 0;
        if (paren && CREDIT_PAREN.matcher(t).find()) {
            return true;
        }
        if ((t.contains("hoto") || t.contains("HOTO")) && PHOTO_BY.matcher(t).find()) {
            return true;
        }
        return (paren || t.contains(", l") || t.contains(", r") || t.contains(", c"))
                && !hasQuoteMark(t) && POSITION.matcher(t).find();
    }

    static boolean isByline(String t, List<String> words, boolean finalPunct) {
        if (words.size() >= 2 && words.get(0).equals("By") && Character.isUpperCase(words.get(1).codePointAt(0))
                && words.size() <= 15 && !finalPunct) {
            return true;
        }
        int from = t.startsWith("(") ? 1 : 0;
        for (String s : CREDIT_STARTS) {
            if (t.regionMatches(true, from, s, 0, s.length()) && t.length() > from + s.length()
                    && isSpace(t.charAt(from + s.length()))) {
                return true;
            }
        }
        return false;
    }

    static boolean isCrossLink(String t, List<String> words, boolean linkLabel,
                                       boolean finalPunct) {
        if (linkLabel) {
            return words.size() <= 30;
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        if (!first.equals("see") || words.size() > 30) {
            return false;
        }
        int colon = t.indexOf(':');
        if (colon < 0 || colon > 80) {
            return false;
        }
        String after = t.substring(colon + 1);
        return !finalPunct || isTitleCase(words(after));
    }

    static boolean isSitePrompt(String t, List<String> words, boolean inHeader) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.contains("thank")) {
            return false;
        }
        boolean siteNoun = false;
        boolean second = false;
        for (String w : words) {
            String k = bare(w).toLowerCase(Locale.ROOT);
            siteNoun |= SITE_NOUNS.contains(k);
            second |= k.equals("you") || k.equals("your") || k.equals("you're") || k.equals("you’re")
                    || k.equals("yourself") || k.equals("you'll") || k.equals("you’ll");
        }
        String first = bare(words.get(0)).toLowerCase(Locale.ROOT);
        if (SITE_VERBS.contains(first) && siteNoun) {
            return true;
        }
        if (second && (t.endsWith("?") || siteNoun || (inHeader && words.size() <= 8))) {
            return true;
        }
        return SELF_REFERENCE.matcher(t).find();
    }
}
