package org.parley.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trained topic-and-stance model: the feature extractor's cue words, and for each decision its
 * feature space and linear scorer. Topic first; stance is then scored with the predicted topic,
 * optionally through features crossed with that topic ({@code stanceCrossed}). The topic
 * {@value Taxonomy#OTHER} takes stance neutral by definition (ANNOTATION.md §4). Immutable and
 * thread-safe.
 *
 * @param topics        every topic id of the taxonomy the model was trained with, in taxonomy order
 * @param cues          stemmed cue phrases per topic id
 * @param topicSpace    features of the topic decision
 * @param topicModel    the topic scorer; its labels are the topics seen in training
 * @param stanceCrossed whether stance features are also crossed with the topic
 * @param stanceSpace   features of the stance decision
 * @param stanceModel   the stance scorer; its labels are stance labels
 */
public record ParleyModel(List<String> topics, Map<String, List<List<String>>> cues, FeatureSpace topicSpace,
                          LinearModel topicModel, boolean stanceCrossed, FeatureSpace stanceSpace,
                          LinearModel stanceModel) {

    public ParleyModel {
        topics = List.copyOf(topics);
        cues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cues));
        Objects.requireNonNull(topicSpace);
        Objects.requireNonNull(stanceSpace);
        if (topicModel.dimension() != Math.max(topicSpace.size(), 1)
                || stanceModel.dimension() != Math.max(stanceSpace.size(), 1)) {
            throw new IllegalArgumentException("feature space and weights differ in size");
        }
        for (String t : topicModel.labels()) {
            if (!topics.contains(t)) {
                throw new IllegalArgumentException("topic model predicts unknown topic '" + t + "'");
            }
        }
        for (String s : stanceModel.labels()) {
            Stance.parse(s);
        }
    }

    /** The feature extractor this model was trained with. */
    public Features features() {
        return new Features(cues);
    }

    /** Stance features: the base features, plus each one crossed with {@code topic} when so configured. */
    static List<String> stanceFeatures(List<String> base, String topic, boolean crossed) {
        if (!crossed) {
            return base;
        }
        List<String> out = new ArrayList<>(base.size() * 2);
        out.addAll(base);
        for (String f : base) {
            out.add(FeatureSpace.crossed(topic, f));
        }
        return out;
    }

    /** Predicts with a fresh extractor; callers predicting often should use {@link #predict(Features, String, String)}. */
    public Prediction predict(String text, String context) {
        return predict(features(), text, context);
    }

    /** Topic, then stance toward it, from the quote's words and (masked) context only. */
    public Prediction predict(Features extractor, String text, String context) {
        return predict(extractor.extract(text, context));
    }

    /** Predicts from feature names already extracted with {@link #features()}. */
    public Prediction predict(List<String> base) {
        Map<String, Double> topicScores = topicScores(topicSpace, topicModel, topics, base);
        String topic = topicModel.labels().get(0);
        for (String t : topicModel.labels()) {
            if (topicScores.get(t) > topicScores.get(topic)) {
                topic = t;
            }
        }
        Map<Stance, Double> stanceScores = stanceScores(stanceSpace, stanceModel, stanceCrossed, base, topic);
        Stance stance = Stance.NEUTRAL;
        for (Stance s : Stance.values()) {
            if (stanceScores.get(s) > stanceScores.get(stance)) {
                stance = s;
            }
        }
        return new Prediction(topic, clamp(topicScores.get(topic)), stance, clamp(stanceScores.get(stance)),
                topicScores, stanceScores);
    }

    /** Score of every topic in {@code topics} (0 for topics the scorer never saw). */
    static Map<String, Double> topicScores(FeatureSpace space, LinearModel model, List<String> topics,
                                           List<String> base) {
        double[] tp = model.probabilities(space.encode(base));
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String t : topics) {
            scores.put(t, 0.0);
        }
        for (int i = 0; i < tp.length; i++) {
            scores.put(model.labels().get(i), tp[i]);
        }
        return scores;
    }

    /** Score of every stance toward {@code topic}; {@value Taxonomy#OTHER} is neutral with score 1. */
    static Map<Stance, Double> stanceScores(FeatureSpace space, LinearModel model, boolean crossed,
                                            List<String> base, String topic) {
        Map<Stance, Double> scores = new EnumMap<>(Stance.class);
        for (Stance s : Stance.values()) {
            scores.put(s, 0.0);
        }
        if (topic.equals(Taxonomy.OTHER)) {
            scores.put(Stance.NEUTRAL, 1.0);
            return scores;
        }
        double[] sp = model.probabilities(crossed ? space.encodeWithCrossed(base, topic) : space.encode(base));
        for (int i = 0; i < sp.length; i++) {
            scores.put(Stance.parse(model.labels().get(i)), sp[i]);
        }
        return scores;
    }

    private static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }
}
