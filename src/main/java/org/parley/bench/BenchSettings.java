package org.parley.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What to benchmark. Immutable and thread-safe.
 *
 * @param articles       articles to generate (ignored when {@code corpus} is given)
 * @param seed           generator seed: the same seed gives the same corpus, byte for byte
 * @param threads        thread counts to measure each stage with, in order
 * @param stages         stages to measure, in order
 * @param corpus         an existing JSONL archive to run over instead of generating one, or null
 * @param keep           where to write the generated corpus (kept afterwards), or null for a temporary
 *                       file deleted after the run
 * @param warmupArticles articles of the warm-up pass run before measuring (0: no warm-up)
 */
public record BenchSettings(int articles, long seed, List<Integer> threads, List<Stage> stages, Path corpus,
                            Path keep, int warmupArticles) {

    public BenchSettings {
        threads = List.copyOf(threads);
        stages = List.copyOf(stages);
        if (corpus == null && articles < 1) {
            throw new IllegalArgumentException("articles must be at least 1, got " + articles);
        }
        if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1 || t > 1024)) {
            throw new IllegalArgumentException("thread counts must be between 1 and 1024, got " + threads);
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("no stage to measure");
        }
        if (warmupArticles < 0) {
            throw new IllegalArgumentException("warm-up articles must not be negative");
        }
        if (corpus != null && keep != null) {
            throw new IllegalArgumentException("--keep only applies to a generated corpus, not with --corpus");
        }
    }
}
