package org.parley.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's pretrained English models (UD EWT 1.3, from Maven Central jars), loaded once,
 * lazily, from the classpath with {@code getResourceAsStream}: OpenNLP's own classpath model finder
 * returns null inside a fat jar.
 *
 * <p>Thread-safe: the models are shared and immutable; the OpenNLP taggers are not thread-safe, so
 * each thread gets its own through a {@link ThreadLocal}. The POS tag set is Universal Dependencies
 * ({@code PROPN}, {@code NOUN}, {@code VERB}, {@code PRON}, …).
 *
 * <p>These models are slow next to the rest of the pipeline (the POS tagger handles some tens of
 * thousands of tokens per second), so callers run them on the few short stretches that need them
 * (a candidate speaker mention), never on whole articles.
 */
public final class Nlp {

    private static final String SENT = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOK = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Nlp() {
    }

    private static final class Models {
        static final SentenceModel SENTENCES = load(SENT, SentenceModel::new);
        static final TokenizerModel TOKENS = load(TOK, TokenizerModel::new);
        static final POSModel TAGS = load(POS, POSModel::new);
    }

    private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENTENCES));
    private static final ThreadLocal<TokenizerME> TOKENIZER =
            ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));
    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(Models.TAGS));

    /** Sentence boundaries of {@code text}, as UTF-16 char spans. */
    public static Span[] sentences(String text) {
        return SENTENCE_DETECTOR.get().sentPosDetect(text);
    }

    /** Token boundaries of {@code text}, as UTF-16 char spans. */
    public static Span[] tokenSpans(String text) {
        return TOKENIZER.get().tokenizePos(text);
    }

    /** Tokens of {@code text}. */
    public static String[] tokens(String text) {
        return TOKENIZER.get().tokenize(text);
    }

    /** Universal Dependencies POS tags of {@code tokens}, one per token. */
    public static String[] tags(String[] tokens) {
        return TAGGER.get().tag(tokens);
    }

    /**
     * Folds a name for matching: diacritics removed (Çavuşoğlu → Cavusoglu), lower case, runs of
     * white space collapsed, curly apostrophes made straight. Dotless ı and the like fold to i.
     */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        d = d.replace('ı', 'i').replace('İ', 'I').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o')
                .replace('Ø', 'O').replace('’', '\'').replace('‘', '\'');
        return d.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = Nlp.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
