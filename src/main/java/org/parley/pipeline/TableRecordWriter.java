package org.parley.pipeline;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The human format of {@code parley extract}: a heading per article, then one row per quote with the
 * speaker, the kind (and topic/stance when classified) and the quote wrapped to the terminal width.
 */
final class TableRecordWriter extends RecordWriter {

    private static final int SPEAKER = 24;
    private static final int KIND = 9;

    private final int width;
    private String article;

    TableRecordWriter(Writer out, int width) {
        super(out);
        this.width = Math.max(60, width);
    }

    @Override
    public void write(QuoteRecord r) {
        if (!String.valueOf(r.article()).equals(article)) {
            if (article != null) {
                emit("\n");
            }
            article = String.valueOf(r.article());
            StringBuilder h = new StringBuilder("== ").append(article);
            if (r.date() != null || r.outlet() != null) {
                h.append(" (").append(r.date() == null ? "undated" : r.date());
                if (r.outlet() != null) {
                    h.append(", ").append(r.outlet());
                }
                h.append(')');
            }
            emit(h.append('\n').toString());
        }
        String who = r.speaker() != null ? r.speaker()
                : r.speakerMention() != null ? "(" + r.speakerMention() + ")" : "(unknown)";
        String kind = r.kind() == null ? "" : r.kind().label();
        StringBuilder text = new StringBuilder(r.text().replaceAll("\\s+", " "));
        if (r.topic() != null) {
            text.append(String.format(Locale.ROOT, "  [%s/%s %.2f/%.2f]", r.topic(),
                    r.stance() == null ? "?" : r.stance().label(),
                    r.topicConfidence() == null ? 0.0 : r.topicConfidence(),
                    r.stanceConfidence() == null ? 0.0 : r.stanceConfidence()));
        }
        List<String> lines = wrap(text.toString(), width - SPEAKER - KIND - 2);
        List<String> names = wrap(who, SPEAKER - 1);
        int n = Math.max(lines.size(), names.size());
        for (int i = 0; i < n; i++) {
            String name = i < names.size() ? names.get(i) : "";
            String k = i == 0 ? kind : "";
            String t = i < lines.size() ? lines.get(i) : "";
            emit(String.format(Locale.ROOT, "%-" + SPEAKER + "s%-" + KIND + "s %s", name, k, t).stripTrailing() + "\n");
        }
    }

    static List<String> wrap(String s, int w) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            while (word.length() > w) {
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, w));
                word = word.substring(w);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > w) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
