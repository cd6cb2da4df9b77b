package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.classify.ModelCard;
import org.parley.report.ModelSummary;

/** What a report says about the model, read off its model card. */
final class ModelSummaries {

    private ModelSummaries() {
    }

    static ModelSummary from(ModelCard card) {
        JsonNode j = card.json();
        JsonNode l = j.path("learner");
        JsonNode cvNode = j.path("crossValidation");
        String scheme = cvNode.path("scheme").asText("cross-validation").replace(" (", ", ").replace(")", "");
        String learner = "topic " + l.path("topic").asText("?") + ", stance " + l.path("stance").asText("?")
                + "; scores by " + scheme + " on article quotes only";
        String sha = j.path("trainingData").path("sha256").asText(null);
        Map<String, Double> scores = new LinkedHashMap<>();
        String[][] names = {{"topicAccuracy", "topic accuracy"}, {"topicMacroF1", "topic macro-F1"},
            {"stanceAccuracy", "stance accuracy"}, {"stanceMacroF1", "stance macro-F1"},
            {"stanceFavg", "stance F_avg"}};
        for (String[] k : names) {
            if (cvNode.path(k[0]).isNumber()) {
                scores.put(k[1], cvNode.path(k[0]).asDouble());
            }
        }
        return new ModelSummary(learner, sha, scores, card.threshold());
    }
}
