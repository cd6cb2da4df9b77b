package org.parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.parley.article.SourceReader;
import org.parley.text.Warning;

/**
 * Runs an {@link ArticlePipeline} over files, directories and JSONL archives on several threads,
 * handing each article's result to a sink in input order, on the calling thread.
 *
 * <p>Reading is serial (one {@link SourceReader}); parsing, extraction, attribution and classification
 * run on the workers. Results and warnings reach the sink and the warning consumer in input order,
 * so output is byte-identical for any thread count. Memory is bounded by the articles in flight.
 */
public final class PipelineRun {

    private PipelineRun() {
    }

    /** Counts of a finished run. */
    public record Summary(int articlesRead, int sourcesFailed, long quotes, long textChars) {
    }

    /**
     * @param inputs   files and directories to read
     * @param pipeline the per-article work
     * @param threads  worker threads (1 runs everything on the caller's thread)
     * @param warnings receives every problem as one line, in input order
     * @param sink     receives every article's result, in input order
     */
    public static Summary run(List<Path> inputs, ArticlePipeline pipeline, int threads, Consumer<Warning> warnings,
                              Consumer<ArticleResult> sink) {
        long[] quotes = {0};
        long[] chars = {0};
        int[] read = {0};
        int[] emptyArticles = {0};
        try (SourceReader sources = new SourceReader(inputs, warnings)) {
            new OrderedParallelMap<org.parley.article.RawArticle, ArticleResult>(threads).run(sources,
                    pipeline::process, result -> {
                        result.warnings().forEach(warnings);
                        if (result.read()) {
                            read[0]++;
                            chars[0] += result.article().text().length();
                        } else {
                            emptyArticles[0]++;
                        }
                        quotes[0] += result.records().size();
                        sink.accept(result);
                    });
            return new Summary(read[0], sources.sourcesFailed() + emptyArticles[0], quotes[0], chars[0]);
        }
    }
}
