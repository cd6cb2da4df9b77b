package org.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.article.Article;
import org.parley.article.ArticleReader;
import org.parley.speaker.Entity;
import org.parley.speaker.Registry;

/**
 * The benchmark corpus: {@link CorpusGenerator} fed with the bundled seed articles, with every
 * registry person's full name and surname replaced by fictional names — so the generated archive
 * never puts real words in a real person's mouth out of their context. For speed and memory
 * measurements only, never for accuracy figures. Stateless and thread-safe.
 */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    /** What {@link #write} produced. */
    public record Written(Path file, int articles, long textChars, long bytes) {
    }

    /**
 * A generator over the articles under {@code seedArticles}, varying the names of {@code registry}'s
 * people: full names, last words of names, aliases and surnames from {@code registryFile}.
 */
    public static CorpusGenerator generator(Path seedArticles, Registry registry, Path registryFile) {
        List<String> templates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (ArticleReader r = new ArticleReader(List.of(seedArticles), w -> problems.add(w.toString()))) {
            while (r.hasNext()) {
                Article a = r.next();
                if (!a.text().isBlank()) {
                    templates.add(a.text());
                }
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no seed articles to generate from in " + seedArticles
                    + (problems.isEmpty() ? "" : ": " + problems.get(0)));
        }
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : registry.entities(Entity.Kind.PERSON)) {
            names.add(e.name());
            String[] words = e.name().split("\\s+");
            names.add(words[words.length - 1]);
        }
        names.addAll(aliases(registryFile));
        return new CorpusGenerator(templates, List.copyOf(names));
    }

    /**
     * The people's aliases and surnames as written in the registry file ({@link Registry} does not hand
     * them out): "Assad", "Secretary Kerry" and the like, so they are replaced too.
     */
    static List<String> aliases(Path registryFile) {
        List<String> out = new ArrayList<>();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(registryFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + registryFile + ": " + e.getMessage(), e);
        }
        for (JsonNode person : root == null ? List.<JsonNode>of() : root.path("people")) {
            person.path("aliases").forEach(a -> out.add(a.asText()));
            String surname = person.path("surname").asText("");
            if (!surname.isBlank() && !surname.equals("none")) {
                out.add(surname);
            }
        }
        return out;
    }

    /** Writes {@code count} generated articles to {@code file} as UTF-8 JSON Lines. Same seed, same bytes. */
    public static Written write(CorpusGenerator generator, int count, long seed, Path file) {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            long chars = generator.write(count, seed, w);
            w.flush();
            return new Written(file, count, chars, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Copies the first {@code lines} lines of a JSONL file (a small warm-up input). */
    static void head(Path from, Path to, int lines) {
        try (var in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            String line;
            for (int i = 0; i < lines && (line = in.readLine()) != null; i++) {
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the head of " + from + ": " + e.getMessage(), e);
        }
    }
}
