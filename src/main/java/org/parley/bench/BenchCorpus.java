package org.parley.bench;

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
 * measurements only, never for accuracy figures.
 */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    /** What {@link #write} produced. */
    public record Written(Path file, int articles, long textChars, long bytes) {
    }

    /** A generator over the articles under {@code seedArticles}, varying the names of {@code registry}'s people. */
    public static CorpusGenerator generator(Path seedArticles, Registry registry) {
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
        return new CorpusGenerator(templates, List.copyOf(names));
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
