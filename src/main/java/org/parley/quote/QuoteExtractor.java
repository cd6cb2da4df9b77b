package org.parley.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.parley.article.Article;
import org.parley.article.Paragraph;
import org.parley.article.Span;
import org.parley.text.Warning;

/**
 * Finds every quote of an article (ANNOTATION.md §1, CONVENTIONS.md): {@code direct} quotations,
 * {@code block} paragraphs after an intro ending with a colon and transcript turns, {@code indirect}
 * reported speech after a speech verb, and {@code mixed} reported speech embedding a quoted fragment.
 *
 * <p>Paragraphs flagged as furniture, and paragraphs shaped like headings or captions, yield nothing.
 * A quotation left open at the end of a paragraph continues when the next paragraph opens with a
 * quotation mark (one quote per paragraph, as wire copy writes them); otherwise a {@link Warning}
 * names the offset and the quote ends at the paragraph end.
 *
 * <p>Everything is rule-based and linear in the text: no OpenNLP model runs here (measured: POS
 * tagging even the few clause openings that participles borrow their subject from took a third of
 * the time). Thread-safe and reusable: the extractor holds no state, each call works on its own
 * objects.
 */
public final class QuoteExtractor {

    private enum Mode { NONE, BLOCK, TURN }

    /**
     * The quotes of {@code article} in text order; problems go to {@code warnings}, never an
     * exception for odd input.
     */
    public List<Quote> extract(Article article, Consumer<Warning> warnings) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(warnings, "warnings");
        String text = article.text();
        CodePoints cp = new CodePoints(text);
        List<Paragraph> ps = article.paragraphs();
        int[] bases = new int[ps.size()];
        for (int k = 0; k < ps.size(); k++) {
            bases[k] = cp.toChar(ps.get(k).span().start());
        }
        boolean transcript = countTurns(ps) >= 2;
        boolean singles = QuoteMarks.singleQuoteStyle(ps.stream().filter(x -> !x.furniture()).map(Paragraph::text).toList());
        List<Draft> drafts = new ArrayList<>();
        Mode mode = Mode.NONE;
        int mStart = -1;
        int mEnd = -1;
        String modeCue = null;
        String surname = null;
        boolean firstInMode = false;
        boolean genericTurn = false; // "Question:", "Answer:": a readout may go back to narrative without a label
        boolean proseTurn = false; // "Ms Doe: …" in a report: any third-person attribution is narrative again
        List<String> turnNames = new ArrayList<>(); // surnames of the transcript's labelled speakers, latest last
        for (int k = 0; k < ps.size(); k++) {
            Paragraph para = ps.get(k);
            String pt = para.text();
            if (para.furniture() || Headings.isHeading(pt) || (mode == Mode.NONE && Headings.unpunctuated(pt)
                    && Transcripts.label(pt) == null)) {
                mode = Mode.NONE;
                continue;
            }
            if (Text.stageDirection(pt)) {
                continue; // "(Laughter.)", "(Reporting by …)": neither a quote nor the end of a turn
            }
            int base = bases[k];
            Transcripts.Label label = Transcripts.label(pt);
            if (label != null && (transcript || (!label.mixedCase() && (label.words() >= 2
                    || Transcripts.ALWAYS.contains(pt.substring(label.start(), label.end())))))) {
                mode = Mode.TURN;
                genericTurn = Transcripts.ALWAYS.contains(pt.substring(label.start(), label.end()).toUpperCase(java.util.Locale.ROOT));
                proseTurn = label.mixedCase();
                surname = genericTurn ? null : titleCase(lastName(pt.substring(label.start(), label.end())));
                remember(turnNames, surname);
                mStart = base + label.start();
                mEnd = base + label.end();
                firstInMode = label.textStart() >= pt.length();
                if (!firstInMode) {
                    block(drafts, pt, base, label.textStart(), para.index(), null, mStart, mEnd);
                }
                continue;
            }
            boolean opensWithQuote = QuoteMarks.isOpening(Text.firstChar(pt), singles);
            if (mode == Mode.TURN && !opensWithQuote && !((genericTurn || proseTurn || namesAny(pt, turnNames))
                    && SentenceReader.read(pt, base, para.index(), QuoteMarks.scan(pt, singles)).narrative())) {
                block(drafts, pt, base, 0, para.index(), null, firstInMode ? mStart : -1, firstInMode ? mEnd : -1);
                firstInMode = false;
                continue;
            }
            boolean nextOpens = k + 1 < ps.size() && QuoteMarks.isOpening(Text.firstChar(ps.get(k + 1).text()), singles);
            List<QuoteMarks.Region> regions = QuoteMarks.scan(pt, singles, nextOpens);
            SentenceReader.Result r = SentenceReader.read(pt, base, para.index(), regions);
            if (mode == Mode.BLOCK && !opensWithQuote && !r.narrative() && !names(pt, surname)) {
                block(drafts, pt, base, 0, para.index(), firstInMode ? modeCue : null, mStart, mEnd);
                firstInMode = false;
                continue;
            }
            boolean afterIntro = mode == Mode.BLOCK && firstInMode && opensWithQuote;
            mode = Mode.NONE;
            warnUnclosed(article, ps, k, regions, base, cp, warnings, singles);
            for (Draft d : r.drafts()) {
                if (afterIntro && !d.hasMention() && d.kind() == QuoteKind.DIRECT) {
                    d = new Draft(d.kind(), d.start(), d.end(), d.paragraph(), modeCue, mStart, mEnd);
                }
                afterIntro = false;
                drafts.add(d);
            }
            if (r.introStart() >= 0) {
                mode = Mode.BLOCK;
                mStart = r.introStart();
                mEnd = r.introEnd();
                modeCue = r.introCue();
                surname = lastName(text.substring(mStart, mEnd));
                firstInMode = true;
            }
        }
        return Quotations.attributeFromTheEnd(article, toQuotes(text, drafts, cp));
    }

    private static int countTurns(List<Paragraph> ps) {
        int turns = 0;
        for (Paragraph p : ps) {
            if (!p.furniture() && Transcripts.label(p.text()) != null) {
                turns++;
            }
        }
        return turns;
    }

    private static void block(List<Draft> out, String pt, int base, int from, int paragraph, String cue,
                              int mStart, int mEnd) {
        int s = from;
        int e = pt.length();
        while (s < e && Text.space(pt.charAt(s))) {
            s++;
        }
        while (e > s && Text.space(pt.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Draft(QuoteKind.BLOCK, base + s, base + e, paragraph, cue, mStart, mEnd));
        }
    }

    private static void warnUnclosed(Article article, List<Paragraph> ps, int k, List<QuoteMarks.Region> regions,
                                     int base, CodePoints cp, Consumer<Warning> warnings, boolean singles) {
        for (int g = 0; g < regions.size(); g++) {
            QuoteMarks.Region r = regions.get(g);
            if (r.closed()) {
                continue;
            }
            boolean continues = g == regions.size() - 1 && k + 1 < ps.size()
                    && QuoteMarks.isOpening(Text.firstChar(ps.get(k + 1).text()), singles);
            if (!continues) {
                int offset = cp.toCodePoint(base + r.open());
                warnings.accept(new Warning(article.source(), "offset " + offset,
                        "unclosed quotation mark at offset " + offset));
            }
        }
    }

    /** How many transcript speakers' surnames are kept to recognise narrative after a turn. */
    private static final int TURN_NAMES = 8;

    private static void remember(List<String> turnNames, String surname) {
        if (surname != null && !turnNames.contains(surname)) {
            if (turnNames.size() == TURN_NAMES) {
                turnNames.remove(0);
            }
            turnNames.add(surname);
        }
    }

    /**
     * Whether a paragraph after a turn names any of the transcript's speakers in the third person:
     * narrative again ("The ministry did not respond to the claims Marrak made") when it also reads
     * as narrative, whoever spoke last ("HOST: Thank you both." names nobody).
     */
    private static boolean namesAny(String pt, List<String> surnames) {
        for (String s : surnames) {
            if (names(pt, s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a paragraph names the block's speaker by surname, i.e. is narrative again. */
    private static boolean names(String pt, String surname) {
        if (surname == null) {
            return false;
        }
        int i = pt.indexOf(surname);
        while (i >= 0) {
            int e = i + surname.length();
            boolean before = i == 0 || !Character.isLetter(pt.charAt(i - 1));
            boolean after = e >= pt.length() || !Character.isLetter(pt.charAt(e));
            if (before && after) {
                return true;
            }
            i = pt.indexOf(surname, e);
        }
        return false;
    }

    /**
     * "MARROW" → "Marrow": a transcript label's surname as narrative text writes it, so that a
     * paragraph naming the speaker in the third person ("Asked whether …, Marrak laughed") ends the
     * turn (CONVENTIONS.md: the block ends where the text is narrative again).
     */
    private static String titleCase(String w) {
        if (w == null || w.length() < 3) {
            return null;
        }
        return w.substring(0, 1) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The last capitalised word of a mention ("Zakharova" in "spokeswoman Maria Zakharova"), or null. */
    private static String lastName(String mention) {
        String[] words = mention.split("[\\s,]+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.length() > 1) {
                return w.replaceAll("[’']s$", "");
            }
        }
        return null;
    }

    private static List<Quote> toQuotes(String text, List<Draft> drafts, CodePoints cp) {
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparingInt(Draft::start).thenComparingInt(Draft::end));
        List<Quote> out = new ArrayList<>(sorted.size());
        int lastEnd = -1;
        for (Draft d : sorted) {
            if (d.start() < lastEnd) {
                continue;
            }
            String quoteText = text.substring(d.start(), d.end());
            if (quoteText.isBlank()) {
                continue;
            }
            int s = cp.toCodePoint(d.start());
            int e = cp.toCodePoint(d.end());
            String mention = null;
            Span mentionSpan = null;
            if (d.hasMention()) {
                mention = text.substring(d.mStart(), d.mEnd());
                mentionSpan = new Span(cp.toCodePoint(d.mStart()), cp.toCodePoint(d.mEnd()));
            }
            out.add(new Quote(d.kind(), quoteText, new Span(s, e), d.paragraph(), d.cue(), mention, mentionSpan));
            lastEnd = d.end();
        }
        return List.copyOf(out);
    }
}
