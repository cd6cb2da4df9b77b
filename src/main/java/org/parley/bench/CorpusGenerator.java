package org.parley.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a large synthetic archive of articles from a few real ones, for speed and memory benchmarks
 * only — never for accuracy figures: the text is real article text recombined, not new reporting.
 *
 * <p>Each generated article takes a template article (chosen at random), replaces the names listed in
 * {@code names} with names drawn from a pool of fictional people, shuffles the order of its
 * paragraph groups (keeping each quote with its attribution, since groups are split at blank
 * lines), and gets a random date in 2015–2016. The same seed gives the same archive, byte for byte.
 */
public final class CorpusGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIRST = {"Anna", "Pavel", "Leyla", "Tomas", "Ines", "Omar", "Greta", "Ivan",
        "Mira", "Jonas", "Selin", "Rafael", "Olga", "Karim", "Nadia", "Henrik"};
    private static final String[] LAST = {"Berg", "Novak", "Demir", "Haas", "Sousa", "Rahimi", "Lund", "Petrov",
        "Kaya", "Moreau", "Ilic", "Varga", "Santos", "Weber", "Aziz", "Holm"};
    private static final String[] OUTLETS = {"Bench Wire", "Example Daily", "Sample Times", "Test Gazette"};
    private static final Pattern GROUP_BREAK = Pattern.compile("\\n\\s*\\n");

    private final List<String> templates;
    private final List<Pattern> names;

    /**
     * @param templates article bodies (text after front matter) to recombine
     * @param names     person names in those bodies to vary (full names and surnames)
     */
    public CorpusGenerator(List<String> templates, List<String> names) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no template articles to generate from");
        }
        this.templates = List.copyOf(templates);
        this.names = names.stream().filter(n -> !n.isBlank())
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .map(n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\b")).toList();
    }

    /**
     * Writes {@code count} articles as JSON Lines ({@code id, title, date, outlet, text}).
     *
     * @return the number of characters of article text written
     */
    public long write(int count, long seed, Writer out) {
        Objects.requireNonNull(out);
        SplittableRandom rnd = new SplittableRandom(seed);
        long chars = 0;
        try {
            for (int i = 0; i < count; i++) {
                String text = article(rnd);
                chars += text.length();
                ObjectNode o = JSON.createObjectNode();
                o.put("id", String.format("bench-%07d", i));
                o.put("title", "Generated article " + i);
                o.put("date", LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(731)).toString());
                o.put("outlet", OUTLETS[rnd.nextInt(OUTLETS.length)]);
                o.put("text", text);
                out.write(JSON.writeValueAsString(o));
                out.write('\n');
            }
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chars;
    }

    String article(SplittableRandom rnd) {
        String t = templates.get(rnd.nextInt(templates.size()));
        for (Pattern p : names) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                String replacement = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
                t = m.replaceAll(Matcher.quoteReplacement(replacement));
            }
        }
        List<String> groups = new ArrayList<>(List.of(GROUP_BREAK.split(t)));
        for (int i = groups.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            String g = groups.get(i);
            groups.set(i, groups.get(j));
            groups.set(j, g);
        }
        return String.join("\n\n", groups);
    }
}
