package org.parley.article;

import static org.parley.article.LineShape.countWords;
import static org.parley.article.LineShape.endsWithColon;
import static org.parley.article.LineShape.hasFinalPunctuation;
import static org.parley.article.LineShape.hasQuoteMark;
import static org.parley.article.LineShape.hasSentenceBoundary;
import static org.parley.article.LineShape.isAllCaps;
import static org.parley.article.LineShape.isTitleCase;
import static org.parley.article.LineShape.normalise;
import static org.parley.article.LineShape.quotedSpeech;
import static org.parley.article.LineShape.startsAsListItem;
import static org.parley.article.LineShape.strip;
import static org.parley.article.LineShape.words;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a paragraph is site furniture — text the page puts around the article (headlines,
 * section headings, photo captions, cross-links, bylines, comment and app prompts) — from the
 * paragraph's <em>shape</em>, never from a list of particular strings. Furniture yields no quotes
 * (ANNOTATION.md §1, CONVENTIONS "Quote text").
 *
 * <h2>Rules, in the order they are tried</h2>
 * <ol>
 * <li>{@link Rule#TITLE_REPEAT}: the paragraph is the article's title again (case, quotation marks,
 *     white space and final punctuation ignored), or the title's part after an outlet prefix
 *     ("Syria Daily: …"). Checked first and for any length, because a headline may itself quote
 *     someone.</li>
 * <li>Guards that end the decision with "not furniture": a paragraph longer than
 *     {@value #MAX_CHARS} chars (every shape below is short; this also keeps the work constant on a
 *     5 MB paragraph); one of more than 40 words unless it is a caption or copyright line; and
 *     <b>quoted speech</b>: sentence or clause punctuation right before a
 *     closing quotation mark ({@code ,”} {@code .”} {@code ?”}) in a paragraph of four words or more
 *     — the signature of a reported utterance ({@code “We are ready,” he said.}); headlines quote
 *     without that punctuation ({@code Repeats “We Are Working With Syrian Rebels”}).</li>
 * <li>{@link Rule#SEPARATOR}: no letter or digit at all ({@code * * *}, {@code ---}, a lone
 *     bullet): a section break.</li>
 * <li>A <b>transcript turn</b> — an all-capitals speaker label, or a question-and-answer label in any
 *     case ({@code Question:}, {@code Answer:}), and a colon ({@code SECRETARY KERRY:
 *     Thank you…}) — is speech, never furniture, unless the label is a site label (below).</li>
 * <li>{@link Rule#CAPTION}: a media label before a colon, bar or dash ({@code PHOTO:},
 *     {@code Video:}, {@code File photo |}); or a photo credit in parentheses ({@code (AP Photo/…)},
 *     {@code (Getty Images)}); or "Photo by"/"Photograph:"; or the positional markers only captions
 *     use ({@code (L)}, {@code (R)}, {@code , left,}, {@code , right,}) in a paragraph without
 *     quotation marks.</li>
 * <li>{@link Rule#COPYRIGHT}: starts with {@code ©}, {@code (c) 2…} or "Copyright".</li>
 * <li>{@link Rule#BYLINE}: "By" and a capitalised word, at most 15 words, no final sentence
 *     punctuation ({@code By Dave Clark | AFP}); or a wire credit line starting "Reporting by",
 *     "Writing by", "Editing by", "Additional reporting by", "Compiled by" (with or without a
 *     parenthesis).</li>
 * <li>{@link Rule#CROSS_LINK}: a link label — see, see also, read, read more, related, more, also
 *     read, recommended, watch, listen — directly followed by a colon ({@code READ MORE: …}), or
 *     "See …: Title" where what follows the colon is a title (title case or no final punctuation).</li>
 * <li>{@link Rule#SITE_PROMPT}: the page talking to its reader. Only for paragraphs of at most 25
 *     words without quotation marks, not right after a block-quote intro (a paragraph ending in a
 *     colon, whose next paragraph is quoted speech) and not thanking anyone (thanks are speech):
 *     (a) an imperative site verb first ("Add", "Download", "Subscribe", "Share", "Click",
 *     "Summarize", "Follow", …) with a site noun in the paragraph (comment, app, article,
 *     newsletter, link, us, …); (b) second person ("you", "your") in a question, with a site noun,
 *     or in at most 8 words before the body (a masthead slogan; in the body such a line is more likely
 *     a quoted speaker's "You can't …" in a block quote); (c) the page naming itself ("this article", "the full article",
 *     "AI-generated").</li>
 * <li>Heading shapes, for paragraphs with <b>no final sentence punctuation</b> (the last character,
 *     after closing quotation marks and brackets, is not one of {@code . ! ? : ; …}), no sentence
 *     boundary inside (a lower-case word of two letters or more, {@code .!?}, space, capital — so
 *     "Oct. 7", "U.S. Says" and "v. ISIS" do not count) and no list-item marker at the start:
 *     <ul>
 *     <li>{@link Rule#HEADING}: title case or all capitals, at most 25 words — headlines, section
 *         headings, "LATEST", video titles; quotation marks inside do not matter;</li>
 *     <li>{@link Rule#SHORT_LINE}: any case, at most 12 words, not right after a block-quote intro —
 *         sentence-case crossheads ("Focus on political process"), "Sort by", "Agence
 *         France-Presse";</li>
 *     <li>{@link Rule#STANDFIRST}: any case, at most 40 words, before the first body paragraph — the
 *         subheadline (dek) under a headline.</li>
 *     </ul></li>
 * </ol>
 *
 * <p>Every rule looks at a paragraph of at most {@value #MAX_CHARS} chars (or compares it once with
 * the title), so the cost per paragraph is bounded and the whole pass is linear in the text; the
 * few regexes are anchored or bounded and run only on such short input.
 *
 * <p>Stateless and thread-safe.
 */
public final class Furniture {

    /** Paragraphs longer than this (UTF-16 chars) are never furniture, except a repeated title. */
    public static final int MAX_CHARS = 400;

    /** Why a paragraph is furniture. */
    public enum Rule {
        TITLE_REPEAT, SEPARATOR, CAPTION, COPYRIGHT, BYLINE, CROSS_LINK, SITE_PROMPT, HEADING, SHORT_LINE, STANDFIRST
    }

    /**
     * What the rules may know about a paragraph's surroundings.
     *
     * @param title      the article title, or null
     * @param afterIntro the previous paragraph ends with a colon (a block-quote intro may precede it)
     * @param inHeader   no body paragraph has come yet (only furniture before it)
     */
    public record Context(String title, boolean afterIntro, boolean inHeader) {
        /** A paragraph in the middle of an article with no known title. */
        public static final Context BODY = new Context(null, false, false);
    }

    private static final Set<String> MEDIA_LABELS = Set.of("photo", "photos", "image", "images", "picture",
            "pictures", "video", "file photo", "caption", "credit", "graphic", "map", "photograph", "gallery",
            "slideshow", "top photo", "main photo", "featured image", "header image");
    private static final Set<String> LINK_LABELS = Set.of("see", "see also", "read", "read more", "read also",
            "also read", "related", "more", "recommended", "watch", "listen", "related article",
            "related articles", "related story", "more on this");
    /** Turn labels of question-and-answer transcripts, in any case ("Question: …", "Answer: …"). */
    private static final Set<String> TURN_LABELS = Set.of("question", "answer", "q", "a", "moderator", "interviewer");

    private Furniture() {
    }

    /**
     * The furniture rule for each paragraph of an article, in order; {@code null} for a paragraph
     * that is not furniture. The context of each paragraph is derived from the ones before it.
     */
    public static List<Rule> classify(List<String> paragraphs, String title) {
        List<Rule> out = new ArrayList<>(paragraphs.size());
        boolean inHeader = true;
        boolean afterIntro = false;
        TitleForms tf = TitleForms.of(title);
        for (String p : paragraphs) {
            Rule r = rule(p, new Context(title, afterIntro, inHeader), tf);
            out.add(r);
            if (r == null) {
                inHeader = false;
            }
            afterIntro = endsWithColon(p);
        }
        return Collections.unmodifiableList(out);
    }

    /** True when {@code paragraph} is furniture in the middle of an article with no known title. */
    public static boolean isFurniture(String paragraph) {
        return rule(paragraph, Context.BODY) != null;
    }

    /** The rule that makes {@code paragraph} furniture in context {@code ctx}, or null when it is not. */
    public static Rule rule(String paragraph, Context ctx) {
        return rule(paragraph, ctx, TitleForms.of(ctx.title()));
    }

    /** The title normalised once per article, whole and after an outlet prefix ("Syria Daily: "). */
    private record TitleForms(String whole, String tail, int maxLength) {
        static final TitleForms NONE = new TitleForms(null, null, -1);

        static TitleForms of(String title) {
            if (title == null) {
                return NONE;
            }
            String n = normalise(title);
            int colon = n.lastIndexOf(": ");
            String tail = colon > 0 && countWords(n.substring(colon + 2)) >= 4 ? n.substring(colon + 2) : null;
            return new TitleForms(n.isEmpty() ? null : n, tail, title.length() + 16);
        }

        boolean matches(String paragraph) {
            if (whole == null || paragraph.length() > maxLength) {
                return false;
            }
            String p = normalise(paragraph);
            return p.equals(whole) || p.equals(tail);
        }
    }

    private static Rule rule(String paragraph, Context ctx, TitleForms title) {
        if (title.matches(paragraph)) {
            return Rule.TITLE_REPEAT;
        }
        if (paragraph.length() > MAX_CHARS) {
            return null;
        }
        String t = strip(paragraph);
        if (t.isEmpty()) {
            return null;
        }
        int wordCount = countWords(t);
        if (wordCount == 0) {
            return Rule.SEPARATOR;
        }
        if (wordCount >= 4 && quotedSpeech(t)) {
            return null;
        }
        String label = FurnitureShapes.label(t);
        boolean mediaLabel = label != null && MEDIA_LABELS.contains(label.toLowerCase(Locale.ROOT));
        boolean linkLabel = label != null && LINK_LABELS.contains(label.toLowerCase(Locale.ROOT));
        if (label != null && !mediaLabel && !linkLabel
                && (isAllCaps(label) || TURN_LABELS.contains(label.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        if (mediaLabel || FurnitureShapes.isCaption(t)) {
            return Rule.CAPTION;
        }
        if (t.startsWith("©") || t.regionMatches(true, 0, "copyright", 0, 9) || t.regionMatches(true, 0, "(c) 2", 0, 5)) {
            return Rule.COPYRIGHT;
        }
        if (wordCount > 40) {
            return null;
        }
        List<String> words = words(t);
        boolean finalPunct = hasFinalPunctuation(t);
        if (FurnitureShapes.isByline(t, words, finalPunct)) {
            return Rule.BYLINE;
        }
        if (FurnitureShapes.isCrossLink(t, words, linkLabel, finalPunct)) {
            return Rule.CROSS_LINK;
        }
        if (!ctx.afterIntro() && words.size() <= 25 && !hasQuoteMark(t) && FurnitureShapes.isSitePrompt(t, words, ctx.inHeader())) {
            return Rule.SITE_PROMPT;
        }
        if (finalPunct || hasSentenceBoundary(t) || startsAsListItem(t)) {
            return null;
        }
        if ((isTitleCase(words) || isAllCaps(t)) && words.size() <= 25) {
            return Rule.HEADING;
        }
        if (words.size() <= 12 && !ctx.afterIntro()) {
            return Rule.SHORT_LINE;
        }
        if (ctx.inHeader() && words.size() <= 40) {
            return Rule.STANDFIRST;
        }
        return null;
    }
}
