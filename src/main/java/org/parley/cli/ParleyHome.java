package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the bundled corpus, registry, taxonomy and model live: the {@code parley.home} system
 * property (set by the {@code ./parley} launcher to the checkout), else the working directory.
 * Options on the command line always win over these defaults.
 */
public final class ParleyHome {

    private ParleyHome() {
    }

    public static Path dir() {
        String p = System.getProperty("parley.home");
        return p == null || p.isBlank() ? Path.of("") : Path.of(p);
    }

    public static Path articles() {
        return dir().resolve("corpus/articles");
    }

    public static Path registry() {
        return dir().resolve("corpus/speakers.yaml");
    }

    public static Path taxonomy() {
        return dir().resolve("corpus/taxonomy.yaml");
    }

    public static Path labeled() {
        return dir().resolve("corpus/labeled");
    }

    public static Path model() {
        return dir().resolve("models");
    }

    public static Path reports() {
        return dir().resolve("reports");
    }

    /** {@code path} when it exists, else a usage error message naming it and the option to set it. */
    static String missing(Path path, String what, String option) {
        return Files.exists(path) ? null : what + " not found: " + path + " (set it with " + option + ")";
    }
}
