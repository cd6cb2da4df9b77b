package org.parley.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.QuoteRecord;

class FoldsTest {

    @Test
    void stratifiedFoldsCoverEveryExampleOnceAndBalanceLabels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 103; i++) {
            labels.add(i % 7 == 0 ? "rare" : i % 2 == 0 ? "even" : "odd");
        }
        int k = 10;
        int[] fold = Folds.stratified(labels, k, 7);
        assertEquals(labels.size(), fold.length);
        int[] sizes = new int[k];
        Map<String, int[]> perLabel = new HashMap<>();
        for (int i = 0; i < fold.length; i++) {
            assertTrue(fold[i] >= 0 && fold[i] < k);
            sizes[fold[i]]++;
            perLabel.computeIfAbsent(labels.get(i), x -> new int[k])[fold[i]]++;
        }
        int total = 0;
        for (int s : sizes) {
            total += s;
            assertTrue(s == 10 || s == 11, "fold size " + s);
        }
        assertEquals(103, total);
        for (int[] counts : perLabel.values()) {
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int c : counts) {
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
            assertTrue(max - min <= 1, "label spread " + min + ".." + max);
        }
        assertEquals(java.util.Arrays.toString(fold), java.util.Arrays.toString(Folds.stratified(labels, k, 7)));
    }

    @Test
    void leaveOneArticleOutNeverPutsAnArticleOnBothSides() {
        List<QuoteRecord> rs = SyntheticCorpus.generate(200, 9, 3, 0);
        List<QuoteRecord> withNulls = new ArrayList<>(rs);
        withNulls.add(rs.get(0).withPrediction("ceasefire", Stance.NEUTRAL, 1, 1));
        withNulls.add(new QuoteRecord(null, null, "No article here.", null, null, null, null, null, null, null, null,
                "other", Stance.NEUTRAL, null, null, null));
        withNulls.add(new QuoteRecord(null, null, "Nor here.", null, null, null, null, null, null, null, null,
                "other", Stance.NEUTRAL, null, null, null));
        int[] fold = Folds.byGroup(withNulls, QuoteRecord::article);
        Map<String, Set<Integer>> foldsOfArticle = new HashMap<>();
        Set<Integer> allFolds = new HashSet<>();
        for (int i = 0; i < fold.length; i++) {
            allFolds.add(fold[i]);
            String a = withNulls.get(i).article();
            if (a != null) {
                foldsOfArticle.computeIfAbsent(a, x -> new HashSet<>()).add(fold[i]);
            }
        }
        for (Map.Entry<String, Set<Integer>> e : foldsOfArticle.entrySet()) {
            assertEquals(1, e.getValue().size(), e.getKey());
        }
        assertEquals(11, allFolds.size(), "9 articles and two quotes without one");
        assertTrue(fold[fold.length - 1] != fold[fold.length - 2]);
    }
}
