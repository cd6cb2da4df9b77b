package org.parley.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the report says about the classifier that labeled the quotes. Immutable and thread-safe.
 *
 * @param learner           the learner's name as the model card gives it ("logistic regression")
 * @param trainingSha256    SHA-256 of the training data, 64 lower-case hex digits, or null when unknown
 * @param scores            cross-validated scores, name → value, in the order the report should list them
 * @param uncertainBelow    confidence threshold: a quote whose topic or stance confidence is below it is
 *                          marked uncertain in the report (it stays listed and counted)
 */
public record ModelSummary(String learner, String trainingSha256, Map<String, Double> scores, double uncertainBelow) {

    public ModelSummary {
        Objects.requireNonNull(learner, "learner");
        if (learner.isBlank()) {
            throw new IllegalArgumentException("learner is blank");
        }
        if (trainingSha256 != null && !trainingSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("trainingSha256 must be 64 lower-case hex digits, got '"
                    + trainingSha256 + "'");
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        if (scores != null) {
            scores.forEach((k, v) -> {
                Objects.requireNonNull(k, "score name");
                if (v == null || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("score '" + k + "' must be a finite number");
                }
                copy.put(k, v);
            });
        }
        scores = Collections.unmodifiableMap(copy);
        if (!(uncertainBelow >= 0.0 && uncertainBelow <= 1.0)) {
            throw new IllegalArgumentException("uncertainBelow must be in [0, 1], got " + uncertainBelow);
        }
    }

    /** For reports over gold labels: no model, nothing uncertain. */
    public static ModelSummary goldLabels() {
        return new ModelSummary("none (gold labels)", null, Map.of(), 0.0);
    }
}
