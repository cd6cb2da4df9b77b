package org.parley.classify;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.pipeline.QuoteRecord;

/**
 * {@code parley train} as a library call: read and validate labels, cross-validate the candidate
 * learners, pick one by cross-validation, train on everything, and write model and card. Thread-safe
 * (stateless); each call is independent.
 */
public final class Training {

    private Training() {
    }

    /**
     * What to train on and how.
     *
     * @param data      label files (.jsonl or .csv)
     * @param taxonomy  taxonomy file
     * @param out       model directory, or null to write nothing
     * @param folds     stratified folds (ignored with {@code byArticle})
     * @param seed      seed of all randomness
     * @param learner   a fixed learner, or null to choose among all by cross-validation
     * @param byArticle leave-one-article-out instead of stratified folds
     * @param strict    fail on the first bad row
     * @param threads   worker threads for cross-validation
     */
    public record Options(List<Path> data, Path taxonomy, Path out, int folds, long seed, Learner learner,
                          boolean byArticle, boolean strict, int threads) {
        public Options {
            data = List.copyOf(data);
            if (folds < 2) {
                throw new IllegalArgumentException("--folds must be at least 2, got " + folds);
            }
        }
    }

    /** One cross-validated candidate: a learner for one decision. */
    public record Candidate(String decision, Learner learner, boolean crossed, double accuracy, double macroF1,
                            double favg) {
    }

    /**
     * The outcome.
     *
     * @param data       the labels read (with skipped rows)
     * @param scheme     the cross-validation scheme, in words
     * @param candidates every candidate's cross-validated scores
     * @param settings   the chosen settings
     * @param cv         out-of-fold scores of the chosen settings
     * @param baseline   out-of-fold scores of the majority-class baseline
     * @param model      the model trained on all data
     * @param modelBytes the model file
     * @param card       the model card
     */
    public record Result(LabeledData data, String scheme, List<Candidate> candidates, TrainSettings settings,
                         Evaluation cv, Evaluation baseline, ParleyModel model, byte[] modelBytes, byte[] card) {
    }

    /**
     * Runs training. Progress lines go to {@code log}. When {@code o.out()} is set, checks that it is
     * writable before any work and writes model and card atomically at the end.
     *
     * @throws IllegalArgumentException for bad labels or too few of them
     * @throws IllegalStateException    when the output directory cannot be written
     */
    public static Result run(Options o, PrintWriter log) {
        if (o.out() != null) {
            ModelStore.checkWritable(o.out());
        }
        Taxonomy taxonomy = Taxonomy.load(o.taxonomy());
        LabeledData data = new LabelReader(taxonomy, o.strict()).read(o.data());
        List<QuoteRecord> records = data.records();
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no valid labeled quotes in " + o.data());
        }
        Trainer trainer = new Trainer(taxonomy.ids(), new Features(Features.cuePhrases(taxonomy)));
        List<List<String>> base = trainer.extract(records);
        int[] fold = assignFolds(records, o);
        CrossValidation cv = new CrossValidation(trainer, records, base, fold, o.threads());
        String scheme = o.byArticle() ? "leave-one-article-out (" + cv.folds() + " folds)"
                : "stratified " + cv.folds() + "-fold";
        log.printf(Locale.ROOT, "%d labeled quotes (%d scored, origin=article), %d skipped; %s cross-validation%n",
                records.size(), records.stream().filter(LabeledData::scored).count(), data.problems().size(), scheme);

        List<Learner> learners = o.learner() == null ? List.of(Learner.values()) : List.of(o.learner());
        Selection chosen = Selection.choose(cv, records, trainer.topics(), learners, o.seed());
        List<Candidate> candidates = chosen.candidates();
        Learner topicLearner = chosen.topicLearner();
        Learner stanceLearner = chosen.stanceLearner();
        boolean crossed = chosen.crossed();
        Evaluation best = chosen.evaluation();
        CrossValidation.Oof bestOof = chosen.stanceOof();
        Evaluation baseline = Evaluation.of(records, cv.baseline(), trainer.topics());
        TrainSettings settings = new TrainSettings(topicLearner, stanceLearner, crossed, o.seed())
                .calibrated(topicTemperature(records, bestOof, trainer.topics()), stanceTemperature(records, bestOof));
        ParleyModel model = trainer.train(records, base, settings);
        byte[] modelBytes = ModelFile.write(model);
        byte[] card = ModelCard.bytes(CardWriter.card(modelBytes, data, taxonomy, settings, scheme, best, baseline,
                candidates));
        if (o.out() != null) {
            ModelStore.write(o.out(), modelBytes, card);
        }
        return new Result(data, scheme, candidates, settings, best, baseline, model, modelBytes, card);
    }

    /**
     * The nested cross-validation estimate of {@link #run} with the same options: the learner choice is
     * made inside each outer fold (see {@link NestedCrossValidation}). Writes nothing. About (folds + 1)
     * times the cross-validation work of {@link #run}.
     */
    public static NestedCrossValidation.Result nested(Options o) {
        Taxonomy taxonomy = Taxonomy.load(o.taxonomy());
        List<QuoteRecord> records = new LabelReader(taxonomy, o.strict()).read(o.data()).records();
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no valid labeled quotes in " + o.data());
        }
        Trainer trainer = new Trainer(taxonomy.ids(), new Features(Features.cuePhrases(taxonomy)));
        List<Learner> learners = o.learner() == null ? List.of(Learner.values()) : List.of(o.learner());
        return new NestedCrossValidation(trainer, records, trainer.extract(records), assignFolds(records, o),
                o.threads()).run(learners, o.seed());
    }

    /**
     * The learning curve of {@code settings} over the labels of {@code o} (see {@link LearningCurve}).
     * Writes nothing.
     */
    public static List<LearningCurve.Point> learningCurve(Options o, TrainSettings settings, int maxSubsets) {
        Taxonomy taxonomy = Taxonomy.load(o.taxonomy());
        List<QuoteRecord> records = new LabelReader(taxonomy, o.strict()).read(o.data()).records();
        Trainer trainer = new Trainer(taxonomy.ids(), new Features(Features.cuePhrases(taxonomy)));
        return LearningCurve.compute(trainer, records, trainer.extract(records), settings, maxSubsets, o.threads());
    }

    /** Temperature of the topic scorer, fitted on the out-of-fold topic distributions of scored quotes. */
    private static double topicTemperature(List<QuoteRecord> records, CrossValidation.Oof oof, List<String> topics) {
        List<double[]> dists = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (oof.topicDist()[i] != null) {
                dists.add(oof.topicDist()[i]);
                gold.add(topics.indexOf(records.get(i).topic()));
            }
        }
        return Calibration.fitTemperature(dists, gold.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Temperature of the stance scorer, fitted on the out-of-fold stance distributions of the scored
     * quotes whose topic was predicted right (stance is a stance toward that topic's proposition).
     */
    private static double stanceTemperature(List<QuoteRecord> records, CrossValidation.Oof oof) {
        List<double[]> dists = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (oof.stanceDist()[i] != null && records.get(i).topic().equals(oof.topic()[i])) {
                dists.add(oof.stanceDist()[i]);
                gold.add(records.get(i).stance().ordinal());
            }
        }
        return Calibration.fitTemperature(dists, gold.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int[] assignFolds(List<QuoteRecord> records, Options o) {
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (LabeledData.scored(records.get(i))) {
                scored.add(i);
            }
        }
        List<QuoteRecord> sr = scored.stream().map(records::get).toList();
        int[] sf;
        if (o.byArticle()) {
            sf = Folds.byGroup(sr, QuoteRecord::article);
            if (sr.stream().map(QuoteRecord::article).distinct().count() < 2) {
                throw new IllegalArgumentException("leave-one-article-out needs scored quotes from at least 2 articles");
            }
        } else {
            if (sr.size() < o.folds()) {
                throw new IllegalArgumentException("need at least " + o.folds() + " scored (origin=article) quotes for "
                        + o.folds() + " folds, found " + sr.size());
            }
            sf = Folds.stratified(sr.stream().map(QuoteRecord::topic).toList(), o.folds(), o.seed());
        }
        int[] fold = new int[records.size()];
        java.util.Arrays.fill(fold, -1);
        for (int j = 0; j < scored.size(); j++) {
            fold[scored.get(j)] = sf[j];
        }
        return fold;
    }

    /** The learner comparison table, one row per candidate. */
    public static String candidateTable(List<Candidate> candidates) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-8s %-8s %-14s %8s %8s %8s%n", "decision", "learner", "features",
                "accuracy", "macro-F1", "F_avg"));
        for (Candidate c : candidates) {
            sb.append(String.format(Locale.ROOT, "%-8s %-8s %-14s %8.3f %8.3f %8s%n", c.decision(), c.learner().label(),
                    c.decision().equals("topic") ? "words+context" : c.crossed() ? "x topic" : "shared",
                    c.accuracy(), c.macroF1(), Double.isNaN(c.favg()) ? "-" : String.format(Locale.ROOT, "%.3f", c.favg())));
        }
        return sb.toString();
    }
}
