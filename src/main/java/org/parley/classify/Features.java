package org.parley.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a quote and its context into feature names: stemmed words and bigrams of the quote, words in
 * a negation's scope marked {@code n:}, taxonomy cue hits, the lower-case words of the whole context
 * ({@code c:}, with cue hits {@code ccue:}) and those of the sentence around the quote ({@code s:}).
 * Immutable and thread-safe.
 *
 * <p>Two context views, because the decisions need different ones (measured by leave-one-article-out
 * cross-validation on the seed corpus, see the model card): the topic is often set by the narrative
 * of the whole paragraph, while the stance is carried by the attribution in the quote's own sentence
 * ("warned that", "denied", "hailed") and blurred by the rest. {@link #forTopic} and
 * {@link #forStance} pick each decision's features.
 *
 * <p>The extractor sees only the quote's text and context, never the speaker, outlet or date: the
 * model must not learn who spoke. The context paragraph names people, so it is masked: only tokens
 * written entirely in lower-case letters survive, minus name particles (de, al, bin, …). A name
 * change in the context therefore never changes a feature. The quote's own words keep their
 * capitalised tokens (folded to lower case), since "Assad" or "Geneva" there carries the topic.
 *
 * <p>Tokenising and stemming ({@link Tokens}) are hand-written character loops rather than OpenNLP's
 * models: a quote must be classified in well under a millisecond.
 */
public final class Features {

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nor", "neither", "without",
            "none", "nobody", "nothing", "cannot");
    private static final String BOUNDARY = Tokens.BOUNDARY;
    /**
     * Function words left out of the quote's unigrams (bigrams and the context keep them): under L2
     * normalisation they only dilute the content words of short quotes. Negators are not in the list
     * (they open a negation scope). Chosen as a standard short list, not tuned word by word; dropping
     * the same words from the context too was measured and hurt.
     */
    private static final Set<String> STOP = stems("the", "a", "an", "of", "to", "in", "and", "on", "at", "for", "by",
            "with", "from", "that", "this", "it", "is", "be", "was", "are", "were", "has", "have", "had", "as", "or",
            "which", "who", "its", "their", "his", "her", "our", "we", "they", "he", "she", "i", "you");

    private final Map<String, List<List<String>>> cues;
    /** The cues sorted by topic id once, not per quote (the sort was a hot spot in profiles). */
    private final List<Map.Entry<String, List<List<String>>>> sortedCues;
    /** Cue phrases by their first word: one lookup per word instead of one scan per phrase. */
    private final Map<String, List<IndexedCue>> cuesByFirstWord;

    /**
     * @param cues stemmed cue phrases per topic id, in topic order; see {@link #cuePhrases(Taxonomy)}. The order
     *             is kept (not {@code Map.copyOf}, whose iteration order changes from run to run): the model
     *             file writes the cues in this order and must be byte-identical across runs.
     */
    public Features(Map<String, List<List<String>>> cues) {
        this.cues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cues));
        this.sortedCues = List.copyOf(new java.util.TreeMap<>(cues).entrySet());
        this.cuesByFirstWord = index(sortedCues);
    }

    private static Set<String> stems(String... words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(stem(w));
        }
        return Set.copyOf(out);
    }

    /** The taxonomy's cue phrases, tokenised and stemmed the way quote words are. */
    public static Map<String, List<List<String>>> cuePhrases(Taxonomy taxonomy) {
        Map<String, List<List<String>>> m = new java.util.LinkedHashMap<>();
        for (Topic t : taxonomy.topics()) {
            List<List<String>> phrases = new ArrayList<>();
            for (String cue : t.cues()) {
                List<String> stems = new ArrayList<>();
                for (String tok : tokens(cue, false)) {
                    if (!tok.equals(BOUNDARY)) {
                        stems.add(tok);
                    }
                }
                if (!stems.isEmpty()) {
                    phrases.add(List.copyOf(stems));
                }
            }
            m.put(t.id(), List.copyOf(phrases));
        }
        return m;
    }

    /** The cue phrases this extractor matches, by topic id. */
    public Map<String, List<List<String>>> cues() {
        return cues;
    }

    static List<String> tokens(String s, boolean maskNames) {
        return Tokens.of(s, maskNames);
    }

    /** The light stemmer quote words and cue words share; see {@link Tokens#stem}. */
    static String stem(String w) {
        return Tokens.stem(w);
    }

    /**
     * Feature names of a quote, without duplicates, in first-seen order.
     *
     * @param text    the quote's words
     * @param context the paragraph around the quote, or null
     */
    public List<String> extract(String text, String context) {
        Set<String> out = new LinkedHashSet<>();
        List<String> toks = tokens(text, false);
        boolean negated = false;
        String prev = null;
        List<String> words = new ArrayList<>();
        for (String t : toks) {
            if (t.equals(BOUNDARY)) {
                negated = false;
                prev = null;
                continue;
            }
            words.add(t);
            if (!STOP.contains(t)) {
                out.add((negated ? "n:" : "w:") + t);
            }
            if (prev != null) {
                out.add("b:" + prev + "_" + t);
            }
            prev = t;
            if (NEGATORS.contains(t)) {
                negated = true;
                out.add("neg");
            }
        }
        addCues(words, "cue:", out);
        if (context != null && !context.isBlank()) {
            List<String> ctx = new ArrayList<>();
            for (String t : tokens(context, true)) {
                if (!t.equals(BOUNDARY)) {
                    ctx.add(t);
                    out.add("c:" + t);
                }
            }
            addCues(ctx, "ccue:", out);
            for (String t : sentenceTokens(text, context)) {
                if (!t.equals(BOUNDARY)) {
                    out.add("s:" + t);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The features the topic decision uses: all but the sentence view of the context. */
    public static List<String> forTopic(List<String> features) {
        return features.stream().filter(f -> !f.startsWith("s:")).toList();
    }

    /** The features the stance decision uses: all but the paragraph view of the context. */
    public static List<String> forStance(List<String> features) {
        return features.stream().filter(f -> !f.startsWith("c:") && !f.startsWith("ccue:")).toList();
    }

    /**
     * Masked tokens of the context sentence around the quote, without the quote: from the last
     * sentence end (". ", "? ", "! ") before the quote to the first ". " after it, with a boundary
     * where the quote was. When the quote is not found verbatim in the context, the whole context.
     */
    static List<String> sentenceTokens(String text, String context) {
        int at = context.indexOf(text);
        if (at < 0 || text.isEmpty()) {
            return tokens(context, true);
        }
        String left = context.substring(0, at);
        String right = context.substring(at + text.length());
        int l = Math.max(Math.max(left.lastIndexOf(". "), left.lastIndexOf("? ")), left.lastIndexOf("! "));
        if (l >= 0) {
            left = left.substring(l + 1);
        }
        int r = right.indexOf(". ");
        if (r >= 0) {
            right = right.substring(0, r + 1);
        }
        List<String> out = new ArrayList<>(tokens(left, true));
        out.add(BOUNDARY);
        out.addAll(tokens(right, true));
        return out;
    }

    private void addCues(List<String> words, String prefix, Set<String> out) {
        boolean[] hit = new boolean[sortedCues.size()];
        for (int i = 0; i < words.size(); i++) {
            for (IndexedCue c : cuesByFirstWord.getOrDefault(words.get(i), List.of())) {
                if (!hit[c.topic()] && matchesAt(words, i, c.phrase())) {
                    hit[c.topic()] = true;
                }
            }
        }
        for (int t = 0; t < hit.length; t++) {
            if (hit[t]) {
                out.add(prefix + sortedCues.get(t).getKey());
            }
        }
    }

    /** A cue phrase under its first word, with the index of its topic in {@link #sortedCues}. */
    private record IndexedCue(int topic, List<String> phrase) {
    }

    private static Map<String, List<IndexedCue>> index(List<Map.Entry<String, List<List<String>>>> sorted) {
        Map<String, List<IndexedCue>> m = new java.util.HashMap<>();
        for (int t = 0; t < sorted.size(); t++) {
            for (List<String> phrase : sorted.get(t).getValue()) {
                m.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(new IndexedCue(t, phrase));
            }
        }
        return m;
    }

    private static boolean matchesAt(List<String> words, int i, List<String> phrase) {
        if (i + phrase.size() > words.size()) {
            return false;
        }
        for (int j = 1; j < phrase.size(); j++) {
            if (!words.get(i + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }
}
