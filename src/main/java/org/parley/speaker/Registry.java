package org.parley.speaker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The speakers the project knows: people with their aliases, gender and dated roles; institutions;
 * countries with their capitals and the other ways the press names their governments; descriptors
 * that refer to a role ("top diplomat"). Read from a YAML file such as {@code corpus/speakers.yaml}.
 *
 * <p>Every look-up folds names ({@link org.parley.text.Nlp#fold}): "Mevlut Cavusoglu",
 * "CAVUSOGLU" and "Mevlüt Çavuşoğlu" are one person. Immutable and thread-safe: load once and share.
 */
public final class Registry {

    /** Where the registry lives in a Parley checkout. */
    public static final Path CORPUS_FILE = Path.of("corpus", "speakers.yaml");
    /** Classpath location used when the build bundles the registry into the jar. */
    public static final String RESOURCE = "/org/parley/speaker/speakers.yaml";

    private final String source;
    private final List<Entity> entities;
    private final Map<String, Entity> byName;
    private final List<Descriptor> descriptors;
    private final Map<String, Descriptor> descriptorByPhrase;
    private final Map<String, List<Entity>> holdersByTitle;
    private final PhraseIndex index;
    private final Map<String, Term> termByKey;

    Registry(String source, List<Entity> entities, List<Descriptor> descriptors, List<Term> terms) {
        this.source = source;
        this.entities = List.copyOf(entities);
        Map<String, Entity> names = new LinkedHashMap<>();
        Map<String, List<Entity>> holders = new HashMap<>();
        for (Entity e : entities) {
            names.put(RegistryReader.key(e.name()), e);
            for (Role r : e.roles()) {
                List<Entity> l = holders.computeIfAbsent(RegistryReader.key(r.title()), k -> new ArrayList<>());
                if (!l.contains(e)) {
                    l.add(e);
                }
            }
        }
        holders.replaceAll((k, v) -> List.copyOf(v));
        this.byName = Collections.unmodifiableMap(names);
        this.holdersByTitle = Collections.unmodifiableMap(holders);
        this.descriptors = List.copyOf(descriptors);
        Map<String, Descriptor> dp = new HashMap<>();
        descriptors.forEach(d -> dp.put(RegistryReader.key(d.phrase()), d));
        this.descriptorByPhrase = Collections.unmodifiableMap(dp);
        Map<String, Term> tk = new HashMap<>();
        terms.forEach(t -> tk.put(String.join(" ", t.folded()), t));
        this.termByKey = Collections.unmodifiableMap(tk);
        this.index = new PhraseIndex(terms);
    }

    /**
     * Loads a registry file.
     *
     * @throws RegistryException listing every problem as {@code file:line: reason}
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Registry load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read speaker registry " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Parses registry YAML; {@code source} names it in messages. */
    public static Registry parse(String yaml, String source) {
        return new RegistryReader(source).read(yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml);
    }

    /**
     * The project's own registry: the classpath resource {@value #RESOURCE} when the build bundles it,
     * else {@code corpus/speakers.yaml} in the working directory or the nearest parent that has one.
     *
     * @throws IllegalStateException when neither exists
     */
    public static Registry bundled() {
        try (InputStream in = Registry.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + RESOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path f = dir.resolve(CORPUS_FILE);
            if (Files.isRegularFile(f)) {
                return load(f);
            }
        }
        throw new IllegalStateException("no speaker registry: " + RESOURCE + " is not on the classpath and no "
                + CORPUS_FILE + " was found from " + Path.of("").toAbsolutePath());
    }

    /** Where it was read from. */
    public String source() {
        return source;
    }

    /** All entries in file order: countries, institutions, people. */
    public List<Entity> entities() {
        return entities;
    }

    public List<Entity> entities(Entity.Kind kind) {
        return entities.stream().filter(e -> e.kind() == kind).toList();
    }

    /** Descriptors: those of the file, then one per role title not already a descriptor. */
    public List<Descriptor> descriptors() {
        return descriptors;
    }

    /** The entry whose canonical name folds like {@code name}. */
    public Optional<Entity> byName(String name) {
        return Optional.ofNullable(byName.get(RegistryReader.key(name)));
    }

    /**
     * The entry a whole phrase names: canonical name, alias, capital or an unambiguous surname
     * ("Sergey Lavrov", "CAVUSOGLU", "Moscow", "the Kremlin"). Empty for descriptors, demonyms,
     * generic references and shared surnames, which need context.
     */
    public Optional<Entity> lookup(String phrase) {
        String k = RegistryReader.key(phrase);
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        Term t = termByKey.get(k);
        if (t == null || t.kind() == Term.Kind.DESCRIPTOR || t.kind() == Term.Kind.GENERIC
                || t.kind() == Term.Kind.DEMONYM || t.kind() == Term.Kind.AMBIGUOUS_SURNAME) {
            return Optional.empty();
        }
        return Optional.of(t.entity());
    }

    /** The descriptor a phrase is ("top diplomat", "Foreign Minister"), if any. */
    public Optional<Descriptor> descriptor(String phrase) {
        return Optional.ofNullable(descriptorByPhrase.get(RegistryReader.key(phrase)));
    }

    /**
     * People holding a role titled {@code title} on {@code date} (any date when null), for
     * {@code of} (any country or organisation when null), in file order.
     */
    public List<Entity> holders(String title, String of, LocalDate date) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : holdersByTitle.getOrDefault(RegistryReader.key(title), List.of())) {
            for (Role r : e.roles()) {
                if (RegistryReader.key(r.title()).equals(RegistryReader.key(title)) && r.heldOn(date)
                        && (of == null || r.of().equals(of))) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Who a descriptor can refer to: one list per role of the descriptor, in its order of
     * preference, each with the holders on {@code date} for {@code of} (the descriptor's own
     * {@code of} wins when it has one).
     */
    public List<List<Entity>> describe(Descriptor d, String of, LocalDate date) {
        String scope = d.of() != null ? d.of() : of;
        List<List<Entity>> out = new ArrayList<>();
        for (String role : d.roles()) {
            out.add(holders(role, scope, date));
        }
        return out;
    }

    PhraseIndex index() {
        return index;
    }

    List<PhraseIndex.Match> scan(List<Words.Word> words, Set<Term.Kind> skip) {
        return index.scan(words, skip);
    }
}
