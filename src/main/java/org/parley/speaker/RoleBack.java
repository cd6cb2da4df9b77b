package org.parley.speaker;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The shape of a role back-reference: a definite description of a person without a name, "the
 * envoy", "the Talmoran official", "the head of the region", "the minister for fisheries". Its head
 * is the last word ("the envoy") or, for "the HEAD of/for …", the noun before the preposition.
 * Stateless and thread-safe.
 */
final class RoleBack {

    /** Words a back-reference may have: "the head of the Velmar region" is six. */
    private static final int MAX_WORDS = 6;

    private RoleBack() {
    }

    /**
     * The folded head noun of {@code w} when it is a definite description of a person (opens with
     * "the", two to {@value #MAX_WORDS} words, no possessive, the head one of {@code personNouns});
     * null otherwise.
     */
    static String head(List<Words.Word> w, Set<String> personNouns) {
        if (w.size() < 2 || w.size() > MAX_WORDS || !w.get(0).folded().equals("the")) {
            return null;
        }
        for (int i = 1; i < w.size(); i++) {
            if (w.get(i).possessive()) {
                return null;
            }
        }
        String last = w.get(w.size() - 1).folded();
        if (w.size() <= 4 && personNouns.contains(last)) {
            return last;
        }
        for (int i = 1; i + 1 < w.size(); i++) {
            String f = w.get(i + 1).folded();
            if ((f.equals("of") || f.equals("for")) && personNouns.contains(w.get(i).folded())) {
                return w.get(i).folded();
            }
        }
        return null;
    }

    /** The folded content words of a description, function words left out ("head", "region"). */
    static Set<String> content(List<Words.Word> w) {
        Set<String> out = new LinkedHashSet<>();
        for (Words.Word x : w) {
            if (!Descriptions.FUNCTION.contains(x.folded())) {
                out.add(x.folded());
            }
        }
        return out;
    }
}
