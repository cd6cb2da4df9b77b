package org.parley.classify;

import java.util.Objects;

/**
 * How a model is trained.
 *
 * @param topicLearner  learner of the topic decision
 * @param stanceLearner learner of the stance decision
 * @param stanceCrossed whether stance features are also crossed with the topic
 * @param seed          seed of every random choice (fold assignment, SVM visiting order)
 */
public record TrainSettings(Learner topicLearner, Learner stanceLearner, boolean stanceCrossed, long seed) {

    public TrainSettings {
        Objects.requireNonNull(topicLearner);
        Objects.requireNonNull(stanceLearner);
    }

    /**
     * Minimum number of training examples a feature must occur in. Small label sets keep every
     * feature (most words occur once); from 5,000 examples on, singletons are dropped to keep the
     * model small and training fast.
     */
    public static int minCount(int examples) {
        return examples < 5000 ? 1 : 2;
    }
}
