package org.parley.speaker;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML document read into plain nodes that remember their line, so that registry errors can name
 * {@code file:line}. Jackson's tree model drops locations, hence this small reader over its
 * streaming parser. Nodes are immutable.
 */
final class YamlTree {

    /** SnakeYAML's position marks; the last one is where the problem was noticed. */
    private static final Pattern MARK = Pattern.compile("line (\\d+), column \\d+");

    /** A YAML value and the 1-based line it starts on. */
    sealed interface Node permits Scalar, Seq, Mapping {
        int line();
    }

    /** A scalar; {@code text} is null for YAML null. */
    record Scalar(String text, int line) implements Node {
    }

    record Seq(List<Node> items, int line) implements Node {
    }

    record Mapping(Map<String, Node> fields, int line) implements Node {

        Node get(String key) {
            return fields.get(key);
        }
    }

    private YamlTree() {
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException {@code source:line: reason} for malformed YAML or a key given twice
     */
    static Node parse(String text, String source) {
        YAMLFactory f = new YAMLFactory();
        try (JsonParser p = f.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Mapping(Map.of(), 1);
            }
            return read(p, source);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 1 : loc.getLineNr();
            StringBuilder reason = new StringBuilder();
            for (String l : e.getOriginalMessage().split("\\R")) {
                Matcher m = MARK.matcher(l);
                while (m.find()) {
                    line = Integer.parseInt(m.group(1));
                }
                if (!l.isBlank() && !Character.isWhitespace(l.charAt(0))) {
                    reason.append(reason.length() == 0 ? "" : "; ").append(l.strip());
                }
            }
            throw new IllegalArgumentException(source + ":" + line + ": " + reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node read(JsonParser p, String source) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Node> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                p.nextToken();
                if (m.put(key, read(p, source)) != null) {
                    throw new IllegalArgumentException(source + ":" + keyLine + ": key '" + key + "' given twice");
                }
            }
            return new Mapping(Collections.unmodifiableMap(m), line);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p, source));
            }
            return new Seq(List.copyOf(items), line);
        }
        return new Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), line);
    }
}
