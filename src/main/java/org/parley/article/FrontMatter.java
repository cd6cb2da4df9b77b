package org.parley.article;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import org.parley.text.Warning;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The optional YAML front matter at the top of an article file: a first line {@code ---}, YAML, and
 * a closing line {@code ---} (trailing spaces or tabs allowed on both). Keys {@code title},
 * {@code outlet}, {@code date} and {@code url} are read; any may be missing and other keys are
 * ignored.
 *
 * <p>Broken front matter never loses the article: when the closing line is missing, the whole
 * content is the article text (we cannot tell where metadata would end, and keeping the lines is
 * better than dropping the body); when the YAML between the lines is invalid, the text after the
 * closing line is still the article text and the metadata is empty. Each case gives one warning
 * with the file line.
 *
 * @param title     the {@code title} value, or null
 * @param outlet    the {@code outlet} value, or null
 * @param date      the raw {@code date} value, or null (parsed later by {@link Dates})
 * @param dateLine  1-based file line of the {@code date} key, or 0 when unknown
 * @param url       the {@code url} value, or null
 * @param textStart UTF-16 index in the content where the article text begins (0 without front matter)
 * @param warnings  problems found, in file order
 */
public record FrontMatter(String title, String outlet, String date, int dateLine, String url, int textStart,
                          List<Warning> warnings) {

    /** Jackson's YAML mapper is thread-safe once configured; shared so parsing stays cheap. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public FrontMatter {
        if (textStart < 0) {
            throw new IllegalArgumentException("negative text start " + textStart);
        }
        warnings = List.copyOf(warnings);
    }

    /**
     * Splits {@code content} into front matter and text. Pure and thread-safe; never throws for any
     * content.
     *
     * @param content the decoded file content, BOM already dropped
     * @param source  the file, for warnings
     */
    public static FrontMatter read(String content, String source) {
        int firstEnd = lineEnd(content, 0);
        if (!isFence(content, 0, firstEnd)) {
            return new FrontMatter(null, null, null, 0, null, 0, List.of());
        }
        int pos = nextLineStart(content, firstEnd);
        while (pos < content.length()) {
            int end = lineEnd(content, pos);
            if (isFence(content, pos, end)) {
                return parse(content.substring(nextLineStart(content, firstEnd), pos),
                        nextLineStart(content, end), source);
            }
            pos = nextLineStart(content, end);
        }
        Warning w = new Warning(source, "line 1",
                "unclosed front matter: no closing '---' line after the opening one; read the whole file as text");
        return new FrontMatter(null, null, null, 0, null, 0, List.of(w));
    }

    private static FrontMatter parse(String yaml, int textStart, String source) {
        List<Warning> warnings = new ArrayList<>();
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            warnings.add(yamlProblem(e, source));
            return new FrontMatter(null, null, null, 0, null, textStart, warnings);
        } catch (RuntimeException e) {
            warnings.add(new Warning(source, "line 2",
                    "invalid YAML front matter (" + firstLine(String.valueOf(e.getMessage())) + "); metadata ignored"));
            return new FrontMatter(null, null, null, 0, null, textStart, warnings);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new FrontMatter(null, null, null, 0, null, textStart, warnings);
        }
        if (!root.isObject()) {
            warnings.add(new Warning(source, "line 2",
                    "front matter is not a mapping of keys to values; metadata ignored"));
            return new FrontMatter(null, null, null, 0, null, textStart, warnings);
        }
        String title = scalar(root, "title", source, yaml, warnings);
        String outlet = scalar(root, "outlet", source, yaml, warnings);
        String date = scalar(root, "date", source, yaml, warnings);
        String url = scalar(root, "url", source, yaml, warnings);
        return new FrontMatter(title, outlet, date, keyLine(yaml, "date"), url, textStart, warnings);
    }

    /**
     * One line for a YAML error: SnakeYAML's problem ("expected ',' or ']', but got &lt;scalar&gt;")
     * at the file line where it was noticed, and the construct it was inside with the line that
     * construct started on, since an unclosed bracket is usually noticed a line or more later.
     */
    private static Warning yamlProblem(JsonProcessingException e, String source) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            StringBuilder msg = new StringBuilder("invalid YAML front matter: ").append(firstLine(m.getProblem()));
            if (m.getContext() != null && m.getContextMark() != null) {
                msg.append(" (").append(firstLine(m.getContext())).append(" that starts on line ")
                        .append(m.getContextMark().getLine() + 2).append(')');
            }
            msg.append("; metadata ignored");
            return new Warning(source, "line " + (m.getProblemMark().getLine() + 2), msg.toString());
        }
        JsonLocation loc = e.getLocation();
        String where = loc != null && loc.getLineNr() > 0 ? "line " + (loc.getLineNr() + 1) : "line 2";
        return new Warning(source, where,
                "invalid YAML front matter (" + firstLine(e.getOriginalMessage()) + "); metadata ignored");
    }

    private static String scalar(JsonNode root, String key, String source, String yaml, List<Warning> warnings) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isValueNode()) {
            int line = keyLine(yaml, key);
            warnings.add(new Warning(source, line > 0 ? "line " + line : null,
                    "front matter key '" + key + "' is not a single value; ignored"));
            return null;
        }
        String v = n.asText().strip();
        return v.isEmpty() ? null : v;
    }

    /** 1-based file line of a top-level {@code key:} in the YAML (which starts on file line 2), or 0. */
    static int keyLine(String yaml, String key) {
        int line = 2;
        int pos = 0;
        while (pos < yaml.length()) {
            int end = lineEnd(yaml, pos);
            if (yaml.startsWith(key, pos) && pos + key.length() < end
                    && yaml.charAt(pos + key.length()) == ':') {
                return line;
            }
            pos = nextLineStart(yaml, end);
            line++;
        }
        return 0;
    }

    private static boolean isFence(String s, int start, int end) {
        if (end - start < 3 || !s.startsWith("---", start)) {
            return false;
        }
        for (int i = start + 3; i < end; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Index of the first line terminator ({@code \n} or {@code \r}) at or after {@code from}. */
    static int lineEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return s.length();
    }

    /** Index just past the terminator at {@code end} ({@code \r\n} counts as one). */
    static int nextLineStart(String s, int end) {
        if (end >= s.length()) {
            return s.length();
        }
        if (s.charAt(end) == '\r' && end + 1 < s.length() && s.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "unknown problem";
        }
        int i = lineEnd(m, 0);
        return m.substring(0, i).strip();
    }
}
