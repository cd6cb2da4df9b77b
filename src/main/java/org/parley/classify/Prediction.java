package org.parley.classify;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The model's decision for one quote: a topic, then a stance toward that topic's proposition.
 *
 * @param topic            taxonomy id of the chosen topic
 * @param topicConfidence  probability-like score of {@code topic}, in [0, 1]
 * @param stance           stance toward the topic's proposition
 * @param stanceConfidence probability-like score of {@code stance}, in [0, 1]
 * @param topicScores      score of every topic (sums to about 1), in a stable order
 * @param stanceScores     score of every stance (sums to about 1)
 */
public record Prediction(String topic, double topicConfidence, Stance stance, double stanceConfidence,
                         Map<String, Double> topicScores, Map<Stance, Double> stanceScores) {

    public Prediction {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(stance, "stance");
        checkUnit(topicConfidence, "topicConfidence");
        checkUnit(stanceConfidence, "stanceConfidence");
        topicScores = topicScores == null || topicScores.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(topicScores));
        stanceScores = stanceScores == null || stanceScores.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(stanceScores));
    }

    private static void checkUnit(double v, String name) {
        if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }

    /** True when either decision is below {@code threshold}: reports mark such quotes uncertain. */
    public boolean uncertain(double threshold) {
        return topicConfidence < threshold || stanceConfidence < threshold;
    }
}
