package org.parley.classify;

import java.nio.file.Path;
import org.parley.pipeline.QuoteRecord;

/**
 * The trained topic-and-stance classifier, loaded once from a model directory and shared: immutable
 * and thread-safe, so the pipeline can call it from every core. It sees a quote's words and its
 * context only, never the speaker.
 */
public final class Classifier {

    /** The model directory used when none is given: {@code models/} relative to the working directory. */
    public static final Path DEFAULT_DIR = Path.of("models");

    private final ParleyModel model;
    private final Features features;
    private final ModelCard card;

    public Classifier(ParleyModel model, ModelCard card) {
        this.model = model;
        this.features = model.features();
        this.card = card;
    }

    /**
     * Loads and checks the model in {@code dir} ({@code model.bin} and {@code model-card.json}).
     *
     * @throws IllegalArgumentException naming the file, for a missing, foreign, corrupted or mismatched model
     */
    public static Classifier load(Path dir) {
        ModelStore.Loaded l = ModelStore.load(dir);
        return new Classifier(l.model(), l.card());
    }

    /** Loads the model from {@link #DEFAULT_DIR}. */
    public static Classifier loadDefault() {
        return load(DEFAULT_DIR);
    }

    /** Confidence below which a decision is uncertain, from the model card. */
    public double threshold() {
        return card == null ? ModelCard.DEFAULT_THRESHOLD : card.threshold();
    }

    public ParleyModel model() {
        return model;
    }

    public ModelCard card() {
        return card;
    }

    /**
     * Classifies one quote.
     *
     * @param text    the quote's words
     * @param context the paragraph around it, or null; names in it are masked
     */
    public Prediction classify(String text, String context) {
        return model.predict(features, text, context);
    }

    /** A copy of {@code r} with topic, stance and their confidences filled in from its text and context. */
    public QuoteRecord classify(QuoteRecord r) {
        Prediction p = classify(r.text(), r.context());
        return r.withPrediction(p.topic(), p.stance(), p.topicConfidence(), p.stanceConfidence());
    }
}
