package org.parley.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.classify.Taxonomy;
import org.parley.pipeline.QuoteRecord;
import org.parley.pipeline.QuoteRecordJson;

/**
 * Shared inputs of the report tests: the project taxonomy, the fixture quotes
 * ({@code src/test/resources/report/fixture.jsonl}: invented neutral text for fictional speakers, plus
 * three verbatim seed quotes attributed as their articles attribute them), a model and corpus summary,
 * and a canonicaliser with aliases as a registry would give them.
 */
final class ReportFixtures {

    static final Path RESOURCES = Path.of("src/test/resources/report");
    static final Taxonomy TAXONOMY = Taxonomy.load(Path.of("corpus/taxonomy.yaml"));
    static final ModelSummary MODEL = new ModelSummary("logistic regression",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            scores(), 0.5);
    static final CorpusSummary CORPUS = new CorpusSummary(31, 3,
            List.of("Sample Times", "Example Wire", "Placeholder Daily", "AFP (via Rappler)", "EA WorldView"),
            52, 41);

    private static final Map<String, String> ALIASES = Map.of(
            "varga", "Anna Varga", "lindqvist", "Boris Lindqvist", "osei", "Clara Osei",
            "moreau", "Daniel Moreau", "sample", "Elif Sample", "kerry", "John Kerry");

    private ReportFixtures() {
    }

    private static Map<String, Double> scores() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("topic accuracy", 0.812);
        m.put("stance macro-F1", 0.705);
        return m;
    }

    /** Resolves canonical names and surnames, case-insensitively, like the registry would. */
    static final Function<String, Optional<String>> CANONICAL = name -> {
        String k = name.toLowerCase(Locale.ROOT);
        if (ALIASES.containsKey(k)) {
            return Optional.of(ALIASES.get(k));
        }
        return ALIASES.values().stream().filter(v -> v.toLowerCase(Locale.ROOT).equals(k)).findFirst()
                .or(() -> List.of("Frank Minor", "Sergei Lavrov", "Mevlut Cavusoglu").stream()
                        .filter(v -> v.toLowerCase(Locale.ROOT).equals(k)).findFirst());
    };

    static List<QuoteRecord> fixture() {
        try {
            List<QuoteRecord> out = new ArrayList<>();
            for (String line : Files.readAllLines(RESOURCES.resolve("fixture.jsonl"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(QuoteRecordJson.read(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(Iterable<QuoteRecord> quotes, ReportOptions options, ReportFormat format) {
        return render(quotes, options, format, new InMemoryEvidenceStore());
    }

    static String render(Iterable<QuoteRecord> quotes, ReportOptions options, ReportFormat format,
                         EvidenceStore store) {
        StringWriter out = new StringWriter();
        try (PositionReport r = PositionReport.open(TAXONOMY, MODEL, options, CANONICAL, store)) {
            quotes.forEach(r::accept);
            r.write(CORPUS, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String markdown(ReportOptions options) {
        return render(fixture(), options, ReportFormat.MARKDOWN);
    }
}
