package org.parley.classify;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The model card: the JSON file next to the model that says what it was trained on, how, and how well
 * it did in cross-validation. It holds no wall-clock time, so the same data and seed on the same JVM
 * give the same bytes. On load the card's schema version and its SHA-256 of the model file are
 * checked. Immutable and thread-safe.
 *
 * @param schemaVersion card schema
 * @param modelSha256   hex SHA-256 of the model file the card describes
 * @param threshold     confidence below which a prediction is marked uncertain downstream
 * @param json          the whole card
 */
public record ModelCard(int schemaVersion, String modelSha256, double threshold, JsonNode json) {

    /** The card schema this code writes and reads. */
    public static final int SCHEMA = 1;
    /** Default uncertainty threshold written into new cards. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** An empty card object with the fields every card starts with, in order. */
    public static ObjectNode start(String modelSha256) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schemaVersion", SCHEMA);
        o.put("modelFormat", ModelFile.FORMAT);
        o.put("modelFile", ModelStore.MODEL_FILE);
        o.put("modelSha256", modelSha256);
        return o;
    }

    /** Library and Java versions, from the build's version properties. */
    public static ObjectNode versions() {
        Properties p = org.parley.cli.Main.Version.properties();
        ObjectNode v = MAPPER.createObjectNode();
        v.put("parley", p.getProperty("version", "unknown"));
        v.put("smile", p.getProperty("smile", "unknown"));
        v.put("opennlp", p.getProperty("opennlp", "unknown"));
        v.put("java", System.getProperty("java.version"));
        return v;
    }

    /** Pretty-printed UTF-8 bytes with "\n" line ends, whatever the platform. */
    public static byte[] bytes(JsonNode card) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (MAPPER.writer(pp).writeValueAsString(card) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses a card.
     *
     * @throws IllegalArgumentException naming {@code name} when the card is not JSON, lacks a field, or
     *                                  has another schema
     */
    public static ModelCard parse(byte[] bytes, String name) {
        JsonNode n;
        try {
            n = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not a Parley model card (" + e.getMessage().split("\n")[0] + ")");
        }
        if (n == null || !n.isObject() || !n.path("schemaVersion").isInt()) {
            throw new IllegalArgumentException(name + ": not a Parley model card");
        }
        int schema = n.get("schemaVersion").asInt();
        if (schema != SCHEMA) {
            throw new IllegalArgumentException(name + ": model card schema " + schema + ", this Parley reads " + SCHEMA);
        }
        String sha = n.path("modelSha256").asText("");
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(name + ": model card has no valid modelSha256");
        }
        double threshold = n.path("threshold").asDouble(DEFAULT_THRESHOLD);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException(name + ": threshold must be in [0, 1]");
        }
        return new ModelCard(schema, sha, threshold, n);
    }
}
