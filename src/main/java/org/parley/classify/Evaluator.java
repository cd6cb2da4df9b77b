package org.parley.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.parley.pipeline.QuoteRecord;

/**
 * {@code parley evaluate} as a library call: a trained classifier against held-out labels. Thread-safe
 * (stateless).
 */
public final class Evaluator {

    private Evaluator() {
    }

    /** A wrong decision and how sure the model was of it. */
    public record Mistake(QuoteRecord gold, Prediction predicted, String decision, double confidence) {
        public String describe() {
            String want = decision.equals("topic") ? gold.topic() : gold.topic() + "/" + gold.stance().label();
            String got = decision.equals("topic") ? predicted.topic()
                    : predicted.topic() + "/" + predicted.stance().label();
            return String.format(Locale.ROOT, "%.3f %s: predicted %s, labeled %s%s: %s", confidence, decision, got,
                    want, gold.article() == null ? "" : " [" + gold.article() + "]", gold.text());
        }
    }

    /** The outcome: scores, the baseline from the model's training counts, mistakes most confident first. */
    public record Result(Evaluation evaluation, Evaluation baseline, List<Mistake> mistakes) {
    }

    /** Classifies every scored record of {@code records} and compares with its labels. */
    public static Result evaluate(Classifier classifier, List<QuoteRecord> records) {
        int n = records.size();
        CrossValidation.Oof oof = CrossValidation.Oof.empty(n);
        CrossValidation.Oof base = CrossValidation.Oof.empty(n);
        String majorityTopic = majority(classifier.card(), "topics", classifier.model().topics().get(0));
        Stance majorityStance = Stance.parse(majority(classifier.card(), "stances", Stance.NEUTRAL.label()));
        List<Mistake> mistakes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            QuoteRecord r = records.get(i);
            if (!LabeledData.scored(r)) {
                continue;
            }
            Prediction p = classifier.classify(r.text(), r.context());
            oof.topic()[i] = p.topic();
            oof.stance()[i] = p.stance();
            base.topic()[i] = majorityTopic;
            base.stance()[i] = majorityStance;
            if (!p.topic().equals(r.topic())) {
                mistakes.add(new Mistake(r, p, "topic", p.topicConfidence()));
            } else if (p.stance() != r.stance()) {
                mistakes.add(new Mistake(r, p, "stance", p.stanceConfidence()));
            }
        }
        mistakes.sort(Comparator.comparingDouble(Mistake::confidence).reversed());
        List<String> topics = classifier.model().topics();
        return new Result(Evaluation.of(records, oof, topics), Evaluation.of(records, base, topics), mistakes);
    }

    /** The most frequent label among the card's article training examples (first in card order on ties). */
    private static String majority(ModelCard card, String field, String fallback) {
        if (card == null) {
            return fallback;
        }
        JsonNode counts = card.json().path("examples").path("article").path(field);
        String best = fallback;
        long bestCount = -1;
        for (Map.Entry<String, JsonNode> e : counts.properties()) {
            if (e.getValue().asLong() > bestCount) {
                bestCount = e.getValue().asLong();
                best = e.getKey();
            }
        }
        return best;
    }
}
