package org.parley.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The bundled files a benchmark needs, as the commands find them. Immutable and thread-safe.
 *
 * @param seedArticles directory of the seed articles the corpus is generated from
 * @param registry     speaker registry
 * @param model        model directory (loaded only when a stage classifies)
 * @param taxonomy     topic taxonomy (loaded only for the report stage)
 */
public record BenchInputs(Path seedArticles, Path registry, Path model, Path taxonomy) {

    public BenchInputs {
        Objects.requireNonNull(seedArticles, "seedArticles");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(taxonomy, "taxonomy");
    }
}
