package org.parley.quote;

import java.util.Set;

/**
 * Recognises headlines, section headings, captions and cross-links by their shape, as a second line
 * of defence behind the article reader's furniture flag: short, title case, no final sentence
 * punctuation ("Russian Military Repeats “We Are Working With Syrian Rebels”", "See Syria Daily,
 * Dec 21: …", "PHOTO: …"). Such lines never yield quotes and end a block quote. Stateless and
 * thread-safe.
 */
final class Headings {

    private static final Set<String> SMALL = Set.of(
            "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is",
            "vs", "v", "via", "into", "over", "after", "up", "its", "but", "nor", "per", "de", "al", "el", "du");

    private static final int MAX_WORDS = 25;

    private Headings() {
    }

    /** Whether the paragraph {@code text} is a heading, caption or cross-link rather than prose. */
    static boolean isHeading(String text) {
        String s = Text.strip(text);
        if (s.isEmpty()) {
            return true;
        }
        if (s.length() > 2 && s.charAt(0) == '‘' && s.charAt(s.length() - 1) == '’'
                && ".!?,…".indexOf(s.charAt(s.length() - 2)) < 0 && !s.contains("’ ")) {
            return true; // a headline in single quotes: ‘Not isolating Russia’ (not ‘We agree,’ she said, ‘…’)
        }
        return titleLike(s, 0, s.length());
    }

    /**
     * A short line without final sentence punctuation ("Kerry vows to work with Moscow", "Focus on
     * political process"): a headline in sentence case. Not applied inside a block quote, whose
     * paragraphs may lack a final stop.
     */
    static boolean unpunctuated(String text) {
        String s = Text.strip(text);
        int end = s.length();
        while (end > 0 && "”\"’'»«“)".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || ".!?:;,…".indexOf(s.charAt(end - 1)) >= 0) {
            return false;
        }
        return s.split("\\s+").length <= 20;
    }

    /**
     * Title case without final sentence punctuation: at least 60% of the words that are not small
     * function words start with a capital, at most {@value #MAX_WORDS} words.
     */
    static boolean titleLike(String p, int s, int e) {
        int end = e;
        while (end > s && (Text.space(p.charAt(end - 1)) || "”\"’'»«“)".indexOf(p.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (end == s || ".!?:;,…".indexOf(p.charAt(end - 1)) >= 0) {
            return false;
        }
        int words = 0;
        int content = 0;
        int capitals = 0;
        int i = s;
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(p.charAt(i))) {
                i++;
            }
            int w = i;
            while (i < end && !Text.space(p.charAt(i))) {
                i++;
            }
            if (w >= end) {
                break;
            }
            if (++words > MAX_WORDS) {
                return false;
            }
            String word = p.substring(w, i);
            if (SMALL.contains(word.toLowerCase(java.util.Locale.ROOT)) || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(word.charAt(0))) {
                capitals++;
            }
        }
        return words >= 2 && content > 0 && capitals * 10 >= content * 6;
    }
}
