package org.parley.classify;

import java.util.Objects;

/**
 * How a model is trained.
 *
 * @param topicLearner  learner of the topic decision
 * @param stanceLearner learner of the stance decision
 * @param stanceCrossed whether stance features are also crossed with the topic
 * @param seed          seed of every random choice (fold assignment, SVM visiting order)
 * @param topicTemperature  calibration temperature of the topic scorer (1 = as learned), see {@link Calibration}
 * @param stanceTemperature calibration temperature of the stance scorer
 */
public record TrainSettings(Learner topicLearner, Learner stanceLearner, boolean stanceCrossed, long seed,
                            double topicTemperature, double stanceTemperature) {

    public TrainSettings {
        Objects.requireNonNull(topicLearner);
        Objects.requireNonNull(stanceLearner);
        if (!(topicTemperature > 0) || !(stanceTemperature > 0)) {
            throw new IllegalArgumentException("temperatures must be positive");
        }
    }

    /** Settings without calibration. */
    public TrainSettings(Learner topicLearner, Learner stanceLearner, boolean stanceCrossed, long seed) {
        this(topicLearner, stanceLearner, stanceCrossed, seed, 1.0, 1.0);
    }

    /** The same settings with these calibration temperatures. */
    public TrainSettings calibrated(double topic, double stance) {
        return new TrainSettings(topicLearner, stanceLearner, stanceCrossed, seed, topic, stance);
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
