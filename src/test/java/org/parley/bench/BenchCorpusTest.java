package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.speaker.Registry;

class BenchCorpusTest {

    private static final Path REGISTRY = Path.of("corpus/speakers.yaml");

    @TempDir
    Path tmp;

    @Test
    void aliasesComeFromTheRegistryFile() {
        List<String> aliases = BenchCorpus.aliases(REGISTRY);
        assertTrue(aliases.contains("Secretary Kerry"), aliases.toString());
        assertTrue(aliases.contains("President Assad"), aliases.toString());
        assertFalse(aliases.contains("none"));
    }

    @Test
    void generatedArticlesFromTheSeedCorpusNameNoSeedActor() throws Exception {
        CorpusGenerator g = BenchCorpus.generator(Path.of("corpus/articles"), Registry.load(REGISTRY), REGISTRY);
        Path file = tmp.resolve("c.jsonl");
        BenchCorpus.Written w = BenchCorpus.write(g, 40, 5, file);
        String all = Files.readString(file);
        assertEquals(40, all.lines().count());
        assertEquals(Files.size(file), w.bytes());
        assertTrue(w.textChars() > 40 * 1000, "seed articles are a few kB each");
        for (String name : List.of("Kerry", "Lavrov", "Zakharova", "Çavuşoğlu", "Putin")) {
            assertFalse(all.contains(name), name);
        }
        Path head = tmp.resolve("h.jsonl");
        BenchCorpus.head(file, head, 7);
        assertEquals(all.lines().limit(7).toList(), Files.readAllLines(head));
    }
}
