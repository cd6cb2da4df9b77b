package org.parley.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.parley.classify.Stance;
import org.parley.quote.QuoteKind;

/**
 * Reads and writes {@link QuoteRecord}s as single JSON lines, fields in the order of ANNOTATION.md §5,
 * absent values omitted. Thread-safe.
 */
public final class QuoteRecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuoteRecordJson() {
    }

    /** One JSON object, no line break. Same record → same bytes. */
    public static String write(QuoteRecord r) {
        ObjectNode o = MAPPER.createObjectNode();
        putText(o, "article", r.article());
        putText(o, "kind", r.kind() == null ? null : r.kind().label());
        o.put("text", r.text());
        putText(o, "speaker", r.speaker());
        putText(o, "speakerMention", r.speakerMention());
        if (r.start() != null) {
            o.put("start", r.start());
            o.put("end", r.end());
        }
        if (r.paragraph() != null) {
            o.put("paragraph", r.paragraph());
        }
        putText(o, "date", r.date() == null ? null : r.date().toString());
        putText(o, "outlet", r.outlet());
        putText(o, "context", r.context());
        putText(o, "topic", r.topic());
        putText(o, "stance", r.stance() == null ? null : r.stance().label());
        if (r.topicConfidence() != null) {
            o.put("topicConfidence", round(r.topicConfidence()));
        }
        if (r.stanceConfidence() != null) {
            o.put("stanceConfidence", round(r.stanceConfidence()));
        }
        putText(o, "origin", r.origin());
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses one JSON line.
     *
     * @throws IllegalArgumentException with a one-line reason when the line is not a valid record
     */
    public static QuoteRecord read(String line) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        String text = text(n, "text");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("missing 'text'");
        }
        String kind = text(n, "kind");
        String stance = text(n, "stance");
        String date = text(n, "date");
        LocalDate d = null;
        if (date != null) {
            try {
                d = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad date '" + date + "' (expected YYYY-MM-DD)");
            }
        }
        return new QuoteRecord(text(n, "article"), kind == null ? null : QuoteKind.parse(kind), text,
                text(n, "speaker"), text(n, "speakerMention"), integer(n, "start"), integer(n, "end"),
                integer(n, "paragraph"), d, text(n, "outlet"), text(n, "context"), text(n, "topic"),
                stance == null ? null : Stance.parse(stance), number(n, "topicConfidence"),
                number(n, "stanceConfidence"), text(n, "origin"));
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    private static void putText(ObjectNode o, String k, String v) {
        if (v != null) {
            o.put(k, v);
        }
    }

    private static String text(JsonNode n, String k) {
        JsonNode v = n.get(k);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("'" + k + "' must be a string");
        }
        return v.asText();
    }

    private static Integer integer(JsonNode n, String k) {
        JsonNode v = n.get(k);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + k + "' must be an integer");
        }
        return v.asInt();
    }

    private static Double number(JsonNode n, String k) {
        JsonNode v = n.get(k);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException("'" + k + "' must be a number");
        }
        return v.asDouble();
    }
}
