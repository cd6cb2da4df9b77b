package org.parley.pipeline;

import java.util.List;
import java.util.Objects;
import org.parley.article.Article;
import org.parley.text.Warning;

/**
 * What one article yields: its quote records in text order and the warnings raised on the way.
 *
 * @param source   where the article came from, for messages
 * @param article  the parsed article, or null when it yielded no text
 * @param records  the quotes, in text order
 * @param warnings problems met, in the order they were met
 */
public record ArticleResult(String source, Article article, List<QuoteRecord> records, List<Warning> warnings) {

    public ArticleResult {
        Objects.requireNonNull(source, "source");
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }

    /** True when the article could be read and parsed into text. */
    public boolean read() {
        return article != null;
    }
}
