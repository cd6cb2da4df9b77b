package org.parley.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds a large synthetic archive of articles from a few real ones, for speed and memory benchmarks
 * only — never for accuracy figures: the text is real article text recombined, not new reporting.
 *
 * <p>Each generated article takes a template article (chosen at random), replaces the names listed in
 * {@code names} with names drawn from a pool of fictional people, shuffles the order of its
 * paragraph groups (keeping each quote with its attribution, since groups are split at blank
 * lines), and gets a random date in 2015–2016. The same seed gives the same archive, byte for byte.
 *
 * <p>A name that is the last word of a longer listed name in the same template (a surname) gets the
 * surname of that name's replacement, so "John Kerry … Kerry said" stays one (fictional) person and
 * attribution does the work it does on real copy. Templates are cut into literal text and name slots
 * once, up front, so generating costs a few string appends per article, not a regex pass per name
 * (100,000 articles would otherwise take minutes before the benchmark starts).
 *
 * <p>Immutable and thread-safe; {@link #write} draws from its own seeded random source.
 */
public final class CorpusGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIRST = {"Anna", "Pavel", "Leyla", "Tomas", "Ines", "Omar", "Greta", "Ivan",
        "Mira", "Jonas", "Selin", "Rafael", "Olga", "Karim", "Nadia", "Henrik"};
    private static final String[] LAST = {"Berg", "Novak", "Demir", "Haas", "Sousa", "Rahimi", "Lund", "Petrov",
        "Kaya", "Moreau", "Ilic", "Varga", "Santos", "Weber", "Aziz", "Holm"};
    private static final String[] OUTLETS = {"Bench Wire", "Example Daily", "Sample Times", "Test Gazette"};
    private static final Pattern GROUP_BREAK = Pattern.compile("\\n\\s*\\n");

    /** A template paragraph group: literal pieces with name slots between them. */
    private record Group(List<String> literals, List<Integer> slots) {
    }

    /**
     * A template cut up once.
     *
     * @param groups   paragraph groups, shuffled per article
     * @param names    the distinct names found, by slot number
     * @param surnameOf for each slot, the slot of the longer name it is the surname of, or -1
     */
    private record Template(List<Group> groups, List<String> names, int[] surnameOf) {
    }

    private final List<Template> templates;

    /**
     * @param templates article bodies (text after front matter) to recombine
     * @param names     person names in those bodies to vary (full names and surnames)
     */
    public CorpusGenerator(List<String> templates, List<String> names) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no template articles to generate from");
        }
        List<String> sorted = names.stream().filter(n -> !n.isBlank()).distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
        Pattern any = sorted.isEmpty() ? null : Pattern.compile(sorted.stream().map(Pattern::quote)
                .collect(Collectors.joining("|", "\\b(?:", ")\\b")));
        this.templates = templates.stream().map(t -> cut(t, any)).toList();
    }

    private static Template cut(String text, Pattern any) {
        List<String> found = new ArrayList<>();
        Map<String, Integer> slotOf = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        for (String g : GROUP_BREAK.split(text)) {
            List<String> literals = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            int last = 0;
            if (any != null) {
                Matcher m = any.matcher(g);
                while (m.find()) {
                    literals.add(g.substring(last, m.start()));
                    slots.add(slotOf.computeIfAbsent(m.group(), n -> {
                        found.add(n);
                        return found.size() - 1;
                    }));
                    last = m.end();
                }
            }
            literals.add(g.substring(last));
            groups.add(new Group(List.copyOf(literals), List.copyOf(slots)));
        }
        int[] surnameOf = new int[found.size()];
        for (int i = 0; i < found.size(); i++) {
            surnameOf[i] = -1;
            for (int j = 0; j < found.size(); j++) {
                String longer = found.get(j);
                if (j != i && longer.length() > found.get(i).length() && longer.endsWith(" " + found.get(i))) {
                    surnameOf[i] = j;
                    break;
                }
            }
        }
        return new Template(List.copyOf(groups), List.copyOf(found), surnameOf);
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
        Template t = templates.get(rnd.nextInt(templates.size()));
        int n = t.names().size();
        String[] first = new String[n];
        String[] last = new String[n];
        for (int i = 0; i < n; i++) {
            first[i] = FIRST[rnd.nextInt(FIRST.length)];
            last[i] = LAST[rnd.nextInt(LAST.length)];
        }
        String[] replacement = new String[n];
        for (int i = 0; i < n; i++) {
            int full = t.surnameOf()[i];
            replacement[i] = full >= 0 ? last[full] : first[i] + " " + last[i];
        }
        List<Group> groups = new ArrayList<>(t.groups());
        for (int i = groups.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            Group g = groups.get(i);
            groups.set(i, groups.get(j));
            groups.set(j, g);
        }
        StringBuilder sb = new StringBuilder(8192);
        for (int k = 0; k < groups.size(); k++) {
            if (k > 0) {
                sb.append("\n\n");
            }
            Group g = groups.get(k);
            for (int i = 0; i < g.slots().size(); i++) {
                sb.append(g.literals().get(i)).append(replacement[g.slots().get(i)]);
            }
            sb.append(g.literals().get(g.slots().size()));
        }
        return sb.toString();
    }
}
