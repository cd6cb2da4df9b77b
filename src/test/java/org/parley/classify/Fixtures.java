package org.parley.classify;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the test resources and the real taxonomy. */
final class Fixtures {

    static final Path TAXONOMY = Path.of("corpus/taxonomy.yaml");

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/classify/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Taxonomy taxonomy() {
        return Taxonomy.load(TAXONOMY);
    }
}
