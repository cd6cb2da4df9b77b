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
        String learner = "topic: " + l.path("topic").asText("?") + ", stance: " + l.path("stance").asText("?");
        String sha = j.path("trainingData").path("sha256").asText(null);
        JsonNode cv = j.path("crossValidation");
        String scheme = cv.path("scheme").asText("cross-validation");
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String k : new String[] {"topicAccuracy", "topicMacroF1", "stanceAccuracy", "stanceMacroF1",
            "stanceFavg"}) {
            if (cv.path(k).isNumber()) {
                scores.put(k + " (" + scheme + ", article quotes)", cv.path(k).asDouble());
            }
        }
        return new ModelSummary(learner, sha, scores, card.threshold());
    }
}
