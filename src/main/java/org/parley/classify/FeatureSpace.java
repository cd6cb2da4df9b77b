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

    public FeatureSpace(List<String> sortedNames) {
        this.names = List.copyOf(sortedNames);
        this.index = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            if (i > 0 && names.get(i - 1).compareTo(names.get(i)) >= 0) {
                throw new IllegalArgumentException("feature names must be sorted and distinct at " + names.get(i));
            }
            index.put(names.get(i), i);
        }
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
