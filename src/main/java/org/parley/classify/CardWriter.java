package org.parley.classify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.pipeline.QuoteRecord;

/** Fills in a {@link ModelCard} after training. Thread-safe (stateless). */
final class CardWriter {

    private CardWriter() {
    }

    static ObjectNode card(byte[] modelBytes, LabeledData data, Taxonomy taxonomy, TrainSettings s, String scheme,
                           Evaluation cv, Evaluation baseline, List<Training.Candidate> candidates) {
        ObjectNode card = ModelCard.start(ModelFile.sha256Hex(modelBytes));
        ObjectNode td = card.putObject("trainingData");
        StringBuilder all = new StringBuilder();
        ArrayNode files = td.putArray("files");
        for (LabeledData.Source src : data.sources()) {
            files.addObject().put("name", src.name()).put("sha256", src.sha256()).put("rows", src.rows());
            all.append(src.name()).append('\t').append(src.sha256()).append('\n');
        }
        td.put("sha256", ModelFile.sha256Hex(all.toString().getBytes(StandardCharsets.UTF_8)));
        td.put("sha256Of", "the lines 'name<TAB>sha256' of the files, in order");
        td.put("skippedRows", data.problems().size());
        ObjectNode ex = card.putObject("examples");
        counts(ex.putObject("article"), data, taxonomy, true);
        counts(ex.putObject("synthetic"), data, taxonomy, false);
        card.putArray("taxonomy").addAll(taxonomy.ids().stream()
                .map(id -> ModelCard.MAPPER.getNodeFactory().textNode(id)).toList());
        ObjectNode l = card.putObject("learner");
        l.put("topic", s.topicLearner().label());
        l.put("topicSettings", s.topicLearner().settings());
        l.put("stance", s.stanceLearner().label());
        l.put("stanceSettings", s.stanceLearner().settings());
        l.put("stanceFeatures", s.stanceCrossed() ? "shared features plus the same features crossed with the topic"
                : "shared features across topics");
        l.put("features", "stemmed unigrams (function words left out) and bigrams of the quote, negation scope "
                + "(n: prefix), taxonomy cue hits; context with names masked (lower-case words only): the whole "
                + "context for the topic, the quote's own sentence for the stance; never speaker, outlet or date");
        l.put("minFeatureCount", TrainSettings.minCount(data.records().size()));
        l.put("selection", "topic learner by cross-validated topic accuracy, then stance learner and features by "
                + "cross-validated stance macro-F1 (end to end, toward the predicted topic); the feature design "
                + "(context views, function words) was also chosen on these folds, so the crossValidation figures "
                + "are selected on the same folds they are reported on and are optimistic");
        ObjectNode cal = card.putObject("calibration");
        cal.put("method", "temperature scaling: probabilities p_c^t / sum_k p_k^t, t fitted on the cross-validated "
                + "(out-of-fold) probabilities of the scored quotes by minimising log loss; decisions unchanged");
        cal.put("topicTemperature", round(s.topicTemperature()));
        cal.put("stanceTemperature", round(s.stanceTemperature()));
        card.put("seed", s.seed());
        card.put("threshold", ModelCard.DEFAULT_THRESHOLD);
        card.set("versions", ModelCard.versions());
        ObjectNode c = card.putObject("crossValidation");
        c.put("scheme", scheme);
        c.put("scoredOn", "origin=article quotes only; synthetic quotes are always on the training side, never scored");
        c.put("quotes", cv.scored());
        metrics(c, cv);
        metrics(c.putObject("majorityBaseline"), baseline);
        ObjectNode per = c.putObject("topicF1");
        for (String t : cv.topic().labels()) {
            per.put(t, round(cv.topic().f1(t)));
        }
        ObjectNode ps = c.putObject("stanceF1");
        for (String t : cv.stance().labels()) {
            ps.put(t, round(cv.stance().f1(t)));
        }
        ArrayNode cand = c.putArray("candidates");
        for (Training.Candidate k : candidates) {
            ObjectNode o = cand.addObject().put("decision", k.decision()).put("learner", k.learner().label());
            if (k.decision().equals("stance")) {
                o.put("crossedWithTopic", k.crossed());
            }
            o.put("accuracy", round(k.accuracy())).put("macroF1", round(k.macroF1()));
            if (!Double.isNaN(k.favg())) {
                o.put("favg", round(k.favg()));
            }
        }
        return card;
    }

    private static void metrics(ObjectNode o, Evaluation e) {
        o.put("topicAccuracy", round(e.topic().accuracy()));
        o.put("topicMacroF1", round(e.topic().macroF1()));
        o.put("stanceAccuracy", round(e.stance().accuracy()));
        o.put("stanceMacroF1", round(e.stance().macroF1()));
        o.put("stanceFavg", round(e.stance().favg()));
    }

    private static void counts(ObjectNode o, LabeledData data, Taxonomy taxonomy, boolean scored) {
        List<QuoteRecord> rs = data.records().stream().filter(r -> LabeledData.scored(r) == scored).toList();
        o.put("total", rs.size());
        ObjectNode t = o.putObject("topics");
        for (String id : taxonomy.ids()) {
            t.put(id, rs.stream().filter(r -> r.topic().equals(id)).count());
        }
        ObjectNode st = o.putObject("stances");
        for (Stance s : Stance.values()) {
            st.put(s.label(), rs.stream().filter(r -> r.stance() == s).count());
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
