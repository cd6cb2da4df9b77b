package org.parley.classify;

import java.util.ArrayList;
import java.util.List;
import org.parley.pipeline.QuoteRecord;

/**
 * Fits a {@link ParleyModel} to labeled quotes. The topic scorer learns from every example; the
 * stance scorer from the examples whose topic is not {@value Taxonomy#OTHER} (their stance is
 * neutral by definition, so they would only teach that common words mean neutral). Thread-safe
 * (stateless).
 */
public final class Trainer {

    private final List<String> topics;
    private final Features features;

    /** @param topics every topic id, in taxonomy order */
    public Trainer(List<String> topics, Features features) {
        this.topics = List.copyOf(topics);
        this.features = features;
    }

    public Features features() {
        return features;
    }

    public List<String> topics() {
        return topics;
    }

    /** Base features of each record, for reuse across folds. */
    public List<List<String>> extract(List<QuoteRecord> records) {
        List<List<String>> out = new ArrayList<>(records.size());
        for (QuoteRecord r : records) {
            out.add(features.extract(r.text(), r.context()));
        }
        return out;
    }

    public ParleyModel train(List<QuoteRecord> records, TrainSettings s) {
        return train(records, extract(records), s);
    }

    /** Trains on {@code records}, whose base features are {@code base} (same order). */
    public ParleyModel train(List<QuoteRecord> records, List<List<String>> base, TrainSettings s) {
        Part topic = trainTopic(records, base, s.topicLearner(), s.seed());
        Part stance = trainStance(records, base, s.stanceLearner(), s.stanceCrossed(), s.seed());
        return new ParleyModel(topics, features.cues(), topic.space(), tempered(topic.model(), s.topicTemperature()),
                s.stanceCrossed(), stance.space(), tempered(stance.model(), s.stanceTemperature()));
    }

    private static LinearModel tempered(LinearModel m, double t) {
        return t == 1.0 ? m : new LinearModel(m.labels(), m.weights(), m.bias(), m.normalize(), m.scale() * t);
    }

    /** One decision's learned part: its feature space and scorer. */
    public record Part(FeatureSpace space, LinearModel model) {
    }

    public Part trainTopic(List<QuoteRecord> records, List<List<String>> base, Learner learner, long seed) {
        List<List<String>> tf = base.stream().map(Features::forTopic).toList();
        FeatureSpace space = FeatureSpace.build(tf, TrainSettings.minCount(records.size()));
        int[][] x = new int[records.size()][];
        int[] y = new int[records.size()];
        for (int i = 0; i < records.size(); i++) {
            x[i] = space.encode(tf.get(i));
            y[i] = topics.indexOf(records.get(i).topic());
            if (y[i] < 0) {
                throw new IllegalArgumentException("unknown topic '" + records.get(i).topic() + "'");
            }
        }
        return new Part(space, learner.fit(x, y, topics, space.size(), seed));
    }

    public Part trainStance(List<QuoteRecord> records, List<List<String>> base, Learner learner, boolean crossed,
                            long seed) {
        List<List<String>> sf = new ArrayList<>();
        List<Integer> sy = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            QuoteRecord r = records.get(i);
            if (!r.topic().equals(Taxonomy.OTHER)) {
                sf.add(ParleyModel.stanceFeatures(Features.forStance(base.get(i)), r.topic(), crossed));
                sy.add(r.stance().ordinal());
            }
        }
        if (sf.isEmpty()) {
            return new Part(new FeatureSpace(List.of()),
                    new LinearModel(List.of(Stance.NEUTRAL.label()), new double[1][1], new double[1], false, 1.0));
        }
        List<String> labels = new ArrayList<>();
        for (Stance st : Stance.values()) {
            labels.add(st.label());
        }
        FeatureSpace space = FeatureSpace.build(sf, TrainSettings.minCount(sf.size()));
        int[][] x = new int[sf.size()][];
        int[] y = new int[sf.size()];
        for (int i = 0; i < sf.size(); i++) {
            x[i] = space.encode(sf.get(i));
            y[i] = sy.get(i);
        }
        return new Part(space, learner.fit(x, y, labels, space.size(), seed));
    }
}
