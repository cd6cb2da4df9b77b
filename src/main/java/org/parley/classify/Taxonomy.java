package org.parley.classify;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topics a quote can take up, in file order, read from a YAML file such as
 * {@code corpus/taxonomy.yaml}. Immutable and thread-safe.
 *
 * <p>Nothing in the code names a topic: users add one by adding it to the file and labeling quotes.
 * The catch-all topic {@value #OTHER} must be present.
 */
public final class Taxonomy {

    /** The catch-all topic; its stance is always neutral. */
    public static final String OTHER = "other";

    private final Map<String, Topic> topics;

    public Taxonomy(List<Topic> topics) {
        Map<String, Topic> m = new LinkedHashMap<>();
        for (Topic t : topics) {
            if (m.put(t.id(), t) != null) {
                throw new IllegalArgumentException("topic '" + t.id() + "' is defined twice");
            }
        }
        if (!m.containsKey(OTHER)) {
            throw new IllegalArgumentException("the taxonomy has no '" + OTHER + "' topic");
        }
        this.topics = Collections.unmodifiableMap(m);
    }

    /**
     * Loads a taxonomy file.
     *
     * @throws IllegalArgumentException with {@code file:line: reason} for a malformed file
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Taxonomy load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read taxonomy " + file + ": " + e.getMessage(), e);
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Topic> list = new ArrayList<>();
        try (JsonParser p = yaml.createParser(text)) {
            JsonNode root = yaml.readTree(p);
            JsonNode arr = root == null ? null : root.get("topics");
            if (arr == null || !arr.isArray()) {
                throw new IllegalArgumentException(file + ":1: expected a 'topics:' list");
            }
            for (JsonNode n : arr) {
                try {
                    List<String> cues = new ArrayList<>();
                    JsonNode c = n.get("cues");
                    if (c != null && c.isArray()) {
                        c.forEach(x -> cues.add(x.asText()));
                    }
                    list.add(new Topic(str(n, "id"), str(n, "name"), str(n, "proposition"), cues));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + lineOf(text, n) + ": " + e.getMessage());
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new IllegalArgumentException(file + ":" + (loc == null ? 1 : loc.getLineNr()) + ": "
                    + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new Taxonomy(list);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    private static String str(JsonNode n, String k) {
        JsonNode v = n.get(k);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static int lineOf(String text, JsonNode n) {
        JsonNode id = n.get("id");
        if (id != null) {
            int i = text.indexOf("id: " + id.asText());
            if (i >= 0) {
                return (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count() + 1;
            }
        }
        return 1;
    }

    /** Topics in file order. */
    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public List<String> ids() {
        return List.copyOf(topics.keySet());
    }

    public Optional<Topic> get(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    public boolean contains(String id) {
        return topics.containsKey(id);
    }
}
