package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.article.Article;
import org.parley.article.ArticleParser;
import org.parley.article.Paragraph;
import org.parley.article.RawArticle;
import org.parley.classify.Classifier;
import org.parley.classify.Prediction;
import org.parley.quote.Quote;
import org.parley.quote.QuoteExtractor;
import org.parley.speaker.Attribution;
import org.parley.speaker.Attributor;
import org.parley.text.Warning;

/**
 * One article in, its quote records out: parse → extract quotes → attribute speakers → (classify).
 *
 * <p>A pure function of the article (plus the shared, immutable extractor, registry and model), so
 * articles can be processed on all cores in any order. Thread-safe.
 *
 * <p>A failure inside one article (a bug, a pathological text) becomes a one-line warning naming the
 * article, and the article yields no quotes: one bad article never stops a run over a thousand.
 */
public final class ArticlePipeline {

    private final QuoteExtractor extractor;
    private final Attributor attributor;
    private final Classifier classifier;

    /**
     * @param classifier the topic and stance model, or null to leave records unclassified
     */
    public ArticlePipeline(QuoteExtractor extractor, Attributor attributor, Classifier classifier) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.attributor = Objects.requireNonNull(attributor, "attributor");
        this.classifier = classifier;
    }

    public boolean classifies() {
        return classifier != null;
    }

    /** Parses and processes a raw article. */
    public ArticleResult process(RawArticle raw) {
        List<Warning> warnings = new ArrayList<>();
        Article article;
        try {
            ArticleParser.Parsed parsed = ArticleParser.parse(raw);
            warnings.addAll(parsed.warnings());
            article = parsed.article();
        } catch (RuntimeException e) {
            warnings.add(new Warning(raw.source(), null, "cannot parse article: " + describe(e)));
            return new ArticleResult(raw.source(), null, List.of(), warnings);
        }
        if (article.paragraphs().isEmpty()) {
            warnings.add(new Warning(raw.source(), null, "no article text; skipped"));
            return new ArticleResult(raw.source(), null, List.of(), warnings);
        }
        return process(article, warnings);
    }

    /** Processes an article already parsed; {@code warnings} (may be empty) are carried into the result. */
    public ArticleResult process(Article article, List<Warning> warnings) {
        List<Warning> all = new ArrayList<>(warnings);
        try {
            List<Quote> quotes = extractor.extract(article, all::add);
            List<Attribution> attributions = attributor.attribute(article, quotes);
            List<QuoteRecord> records = new ArrayList<>(quotes.size());
            for (int i = 0; i < quotes.size(); i++) {
                records.add(record(article, quotes.get(i), attributions.get(i)));
            }
            return new ArticleResult(article.source(), article, records, all);
        } catch (RuntimeException | StackOverflowError e) {
            all.add(new Warning(article.source(), null, "extraction failed, article skipped: " + describe(e)));
            return new ArticleResult(article.source(), article, List.of(), all);
        }
    }

    private QuoteRecord record(Article a, Quote q, Attribution who) {
        Paragraph p = paragraph(a, q.paragraph());
        String context = p == null ? null : context(p, q);
        QuoteRecord r = new QuoteRecord(a.id(), q.kind(), q.text(), who.speaker(), who.mention(), q.span().start(),
                q.span().end(), q.paragraph(), a.date(), a.outlet(), context, null, null, null, null, null);
        if (classifier == null) {
            return r;
        }
        Prediction pr = classifier.classify(q.text(), context);
        return r.withPrediction(pr.topic(), pr.stance(), pr.topicConfidence(), pr.stanceConfidence());
    }

    /** Longest context kept: a whole paragraph up to this many chars, else a window around the quote. */
    static final int MAX_CONTEXT = 1000;

    /**
     * The classifier's context for a quote: its paragraph, as in the gold labels; for a paragraph longer
     * than {@value #MAX_CONTEXT} chars (a file without line breaks), a window of that size centred on
     * the quote, so a record never carries megabytes of context.
     */
    static String context(Paragraph p, Quote q) {
        String t = p.text();
        if (t.length() <= MAX_CONTEXT) {
            return t;
        }
        // A code-point offset is never past the char offset, so searching forward from it finds the quote
        // at once in BMP text, without the linear offsetByCodePoints walk (quadratic over many quotes).
        int cp = Math.max(0, Math.min(t.length(), q.span().start() - p.span().start()));
        int found = t.indexOf(q.text(), cp);
        int qs = found >= 0 ? found : cp;
        int qe = Math.min(t.length(), qs + q.text().length());
        int room = Math.max(0, MAX_CONTEXT - (qe - qs)) / 2;
        int s = Math.max(0, qs - room);
        int e = Math.min(t.length(), Math.max(qe + room, s + MAX_CONTEXT));
        if (s > 0 && Character.isLowSurrogate(t.charAt(s))) {
            s--;
        }
        if (e < t.length() && Character.isLowSurrogate(t.charAt(e))) {
            e++;
        }
        return t.substring(s, e);
    }

    private static Paragraph paragraph(Article a, int index) {
        List<Paragraph> ps = a.paragraphs();
        if (index < ps.size() && ps.get(index).index() == index) {
            return ps.get(index);
        }
        return ps.stream().filter(x -> x.index() == index).findFirst().orElse(null);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.replace('\n', ' '));
    }
}
