package org.parley.quote;

import java.util.ArrayList;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.Paragraph;

/**
 * Quotations that run over several paragraphs, wire style: an opening mark on each paragraph, the
 * closing mark and the attribution only on the last ("“First part. ⏎ “Last part,” Novak said.").
 * The attribution at the end speaks for the whole quotation, so its paragraphs without words of
 * their own naming the source take the last one's mention and cue. A quotation whose first
 * paragraph names its source is left alone: its later paragraphs continue that speaker downstream.
 */
final class Quotations {

    private Quotations() {
    }

    static List<Quote> attributeFromTheEnd(Article article, List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes);
        int i = 0;
        while (i < out.size()) {
            int j = i;
            while (j + 1 < out.size() && continuesInto(article, out.get(j), out.get(j + 1))) {
                j++;
            }
            Quote last = out.get(j);
            if (j > i && out.get(i).mention() == null && last.mention() != null) {
                for (int k = i; k < j; k++) {
                    Quote q = out.get(k);
                    if (q.mention() == null) {
                        out.set(k, new Quote(q.kind(), q.text(), q.span(), q.paragraph(), last.cue(), last.mention(),
                                last.mentionSpan()));
                    }
                }
            }
            i = j + 1;
        }
        return List.copyOf(out);
    }

    /** {@code a} runs to the end of its paragraph and {@code b} opens the next one: one quotation. */
    private static boolean continuesInto(Article article, Quote a, Quote b) {
        if (a.kind() != QuoteKind.DIRECT || b.kind() != QuoteKind.DIRECT || b.paragraph() != a.paragraph() + 1) {
            return false;
        }
        Paragraph pa = paragraph(article, a.paragraph());
        Paragraph pb = paragraph(article, b.paragraph());
        if (pa == null || pb == null) {
            return false;
        }
        List<QuoteMarks.Region> regions = QuoteMarks.scan(pa.text());
        boolean endsOpen = !regions.isEmpty() && !regions.get(regions.size() - 1).closed();
        String tb = pb.text().strip();
        boolean opensNext = !tb.isEmpty() && QuoteMarks.isOpening(tb.charAt(0));
        return endsOpen && opensNext;
    }

    private static Paragraph paragraph(Article article, int index) {
        List<Paragraph> ps = article.paragraphs();
        if (index < ps.size() && ps.get(index).index() == index) {
            return ps.get(index);
        }
        for (Paragraph p : ps) {
            if (p.index() == index) {
                return p;
            }
        }
        return null;
    }
}
