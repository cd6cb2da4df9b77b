package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus's report defaults ({@code corpus/report.yaml}): featured speakers and the number of
 * speaker columns. A missing file means no featured speakers and the built-in top N.
 *
 * @param featured speaker names as written in the file (resolved through the registry by the caller)
 * @param top      speaker columns of the default selection, or null for the built-in default
 */
record ReportDefaults(List<String> featured, Integer top) {

    ReportDefaults {
        featured = List.copyOf(featured);
    }

    static ReportDefaults load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new ReportDefaults(List.of(), null);
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage().replace('\n', ' '));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<String> names = new ArrayList<>();
        JsonNode f = root == null ? null : root.get("featured");
        if (f != null && !f.isNull()) {
            if (!f.isArray()) {
                throw new IllegalArgumentException(file + ": 'featured' must be a list of names");
            }
            f.forEach(n -> names.add(n.asText()));
        }
        JsonNode t = root == null ? null : root.get("top");
        if (t != null && (!t.canConvertToInt() || t.asInt() < 1)) {
            throw new IllegalArgumentException(file + ": 'top' must be a whole number of at least 1");
        }
        return new ReportDefaults(names, t == null ? null : t.asInt());
    }
}
