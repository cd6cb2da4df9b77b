package org.parley.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parley.text.Warning;

/**
 * Builds an {@link Article} from content already decoded: front matter ({@link FrontMatter}), date
 * ({@link Dates}), paragraphs ({@link Paragraphs}) and their furniture verdicts ({@link Furniture}).
 *
 * <p><b>A pure function</b>: the result depends only on the arguments, nothing is shared or mutated,
 * no I/O, and it never throws for any content — problems come back as warnings in the result. It is
 * therefore safe to call from many threads at once; the pipeline parses articles on all cores.
 * Linear in the content length.
 */
public final class ArticleParser {

    private ArticleParser() {
    }

    /**
     * An article and the problems met while parsing it.
     *
     * @param article  the article (never null; it may have no paragraphs)
     * @param warnings one-line problems, in order of appearance
     */
    public record Parsed(Article article, List<Warning> warnings) {
        public Parsed {
            warnings = List.copyOf(warnings);
        }
    }

    /** Parses a file's content (may start with front matter), as {@link #parse(RawArticle)}. */
    public static Parsed parse(String content, String id, String source) {
        return parse(RawArticle.ofFile(id, source, content));
    }

    /** Parses, handing warnings to {@code warnings} (called on the calling thread) and returning the article. */
    public static Article parse(String content, String id, String source, Consumer<Warning> warnings) {
        Parsed p = parse(content, id, source);
        p.warnings().forEach(warnings);
        return p.article();
    }

    /**
     * Parses one raw article. A missing date and an unparsable one are warnings (the article is kept
     * with a null date); so is broken front matter (see {@link FrontMatter}).
     */
    public static Parsed parse(RawArticle raw) {
        List<Warning> warnings = new ArrayList<>();
        String content = raw.content();
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        String title = raw.title();
        String outlet = raw.outlet();
        String dateText = raw.date();
        String url = raw.url();
        String text = content;
        String dateLocation = null;
        if (raw.frontMatter()) {
            FrontMatter fm = FrontMatter.read(content, raw.source());
            warnings.addAll(fm.warnings());
            title = fm.title();
            outlet = fm.outlet();
            dateText = fm.date();
            url = fm.url();
            text = content.substring(fm.textStart());
            dateLocation = fm.dateLine() > 0 ? "line " + fm.dateLine() : null;
        }
        LocalDate date = Dates.parse(dateText);
        if (dateText == null) {
            warnings.add(new Warning(raw.source(), null, "no publication date; the article is kept undated"));
        } else if (date == null) {
            warnings.add(new Warning(raw.source(), dateLocation,
                    "unparsable date '" + abbreviate(dateText) + "'; the article is kept undated"));
        }
        List<Paragraphs.Line> lines = Paragraphs.split(text);
        List<String> texts = new ArrayList<>(lines.size());
        for (Paragraphs.Line l : lines) {
            texts.add(l.text());
        }
        List<Furniture.Rule> rules = Furniture.classify(texts, title);
        List<Paragraph> paragraphs = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            paragraphs.add(new Paragraph(i, lines.get(i).span(), lines.get(i).text(), rules.get(i) != null));
        }
        Article a = new Article(raw.id(), title, outlet, date, url, text, paragraphs, raw.source());
        return new Parsed(a, warnings);
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ').replace('\r', ' ');
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
