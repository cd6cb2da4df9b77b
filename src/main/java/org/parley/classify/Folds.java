package org.parley.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Assigns examples to cross-validation folds. Deterministic for a given seed. Thread-safe (stateless).
 */
public final class Folds {

    private Folds() {
    }

    /**
     * Stratified k-fold: within each label (in sorted label order) the examples are shuffled with
     * {@code seed} and dealt round-robin, continuing where the previous label stopped, so every fold
     * gets about the same share of each label and every example lands in exactly one fold.
     *
     * @return fold number per example, in [0, k)
     */
    public static int[] stratified(List<String> labels, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + k);
        }
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), x -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[labels.size()];
        int next = 0;
        for (List<Integer> idx : byLabel.values()) {
            Collections.shuffle(idx, random);
            for (int i : idx) {
                fold[i] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    /**
     * One fold per group (leave-one-group-out), groups numbered in sorted order of their key; an
     * example whose key is null gets a group of its own, so it can never leak into another fold.
     *
     * @return fold number per example; the number of folds is the largest value plus one
     */
    public static <T> int[] byGroup(List<T> examples, Function<T, String> key) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            String g = key.apply(examples.get(i));
            groups.computeIfAbsent(g == null ? "\u0000#" + String.format("%09d", i) : g, x -> new ArrayList<>()).add(i);
        }
        int[] fold = new int[examples.size()];
        int f = 0;
        for (List<Integer> idx : groups.values()) {
            for (int i : idx) {
                fold[i] = f;
            }
            f++;
        }
        return fold;
    }
}
