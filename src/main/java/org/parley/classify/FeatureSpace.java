package org.parley.classify;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The features a model knows, in sorted order: feature name → column. Sorting (rather than
 * first-seen order) makes the columns, and so the model file, independent of the order of the
 * training data's rows within a label. Immutable and thread-safe.
 */
public final class FeatureSpace {

    private final List<String> names;
    private final Map<String, Integer> index;
    /** Columns of the topic-crossed features {@code T=topic|f}, by topic and then by {@code f}. */
    private final Map<String, Map<String, Integer>> crossed;

    public FeatureSpace(List<String> sortedNames) {
        this.names = List.copyOf(sortedNames);
        this.index = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            if (i > 0 && names.get(i - 1).compareTo(names.get(i)) >= 0) {
                throw new IllegalArgumentException("feature names must be sorted and distinct at " + names.get(i));
            }
            index.put(names.get(i), i);
        }
        this.crossed = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            int bar = n.indexOf('|');
            if (n.startsWith(CROSS) && bar > 0) {
                crossed.computeIfAbsent(n.substring(CROSS.length(), bar), k -> new HashMap<>())
                        .put(n.substring(bar + 1), i);
            }
        }
    }

    /** Prefix of a feature crossed with a topic: {@code T=topic|feature}. */
    static final String CROSS = "T=";

    /** The name of {@code feature} crossed with {@code topic}. */
    static String crossed(String topic, String feature) {
        return CROSS + topic + "|" + feature;
    }

    /** The features that occur in at least {@code minCount} of the examples. */
    public static FeatureSpace build(Collection<List<String>> examples, int minCount) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<String> ex : examples) {
            for (String f : ex) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        return new FeatureSpace(counts.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .map(Map.Entry::getKey).toList());
    }

    public int size() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }

    /** Sorted, distinct columns of the known features among {@code features}; unknown ones are dropped. */
    public int[] encode(List<String> features) {
        int[] out = new int[features.size()];
        int n = 0;
        for (String f : features) {
            Integer i = index.get(f);
            if (i != null) {
                out[n++] = i;
            }
        }
        return sortedDistinct(out, n);
    }

    /**
     * The same as {@code encode} of {@code features} followed by each of them crossed with {@code topic},
     * without building the crossed names (on the classification path, that string building and
     * hashing was a fifth of the time).
     */
    public int[] encodeWithCrossed(List<String> features, String topic) {
        Map<String, Integer> byFeature = crossed.getOrDefault(topic, Map.of());
        int[] out = new int[features.size() * 2];
        int n = 0;
        for (String f : features) {
            Integer i = index.get(f);
            if (i != null) {
                out[n++] = i;
            }
            Integer c = byFeature.get(f);
            if (c != null) {
                out[n++] = c;
            }
        }
        return sortedDistinct(out, n);
    }

    private static int[] sortedDistinct(int[] out, int n) {
        int[] x = Arrays.copyOf(out, n);
        Arrays.sort(x);
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            if (i == 0 || x[i] != x[i - 1]) {
                x[m++] = x[i];
            }
        }
        return Arrays.copyOf(x, m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSpace s && names.equals(s.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }
}
