package org.parley.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text to the stemmed lower-case tokens {@link Features} builds its feature names from, with
 * {@link #BOUNDARY} where punctuation ends a negation scope. Quote words and taxonomy cue words go
 * through the same functions, so a cue always matches the words it names. Thread-safe (stateless).
 */
final class Tokens {

    /** Marks a scope boundary (punctuation) in a token list. */
    static final String BOUNDARY = ".";
    /** Negation scope ends at these characters (Das and Chen 2001; Pang et al. 2002). */
    private static final String SCOPE_END = ".,;:!?()[]\"“”";
    private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "di", "da", "du", "van", "von",
            "der", "den", "al", "el", "bin", "ibn", "abu", "la", "le", "dos", "das");

    private Tokens() {
    }

    /**
     * Stemmed lower-case tokens, with {@code "."} marking a scope boundary (punctuation). With
     * {@code maskNames}, any token that is not written entirely in lower-case letters is dropped,
     * as are name particles. A contraction "n't" becomes its base and "not".
     */
    static List<String> of(String s, boolean maskNames) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                boolean lower = true;
                while (i < n) {
                    char d = s.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        if (!Character.isLowerCase(d)) {
                            lower = false;
                        }
                        i++;
                    } else if ((d == '\'' || d == '’') && i + 1 < n
                            && Character.isLetterOrDigit(s.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                String raw = s.substring(start, i).replace('’', '\'');
                if (maskNames && (!lower || NAME_PARTICLES.contains(raw))) {
                    continue;
                }
                addWord(raw.toLowerCase(Locale.ROOT), out);
            } else {
                if (SCOPE_END.indexOf(c) >= 0 && (out.isEmpty() || !out.get(out.size() - 1).equals(BOUNDARY))) {
                    out.add(BOUNDARY);
                }
                i++;
            }
        }
        return out;
    }

    private static void addWord(String w, List<String> out) {
        if (w.endsWith("n't")) {
            String base = w.substring(0, w.length() - 3);
            if (!base.isEmpty()) {
                out.add(stem(base));
            }
            out.add("not");
            return;
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.equals("cannot")) {
            out.add("can");
            out.add("not");
            return;
        }
        out.add(stem(w));
    }

    /**
     * A light suffix stripper (plural and verb endings), enough to merge "talks/talk",
     * "strikes/strike", "supported/supporting/support"; cheaper and more predictable than a full
     * Porter stemmer, and cue words go through the same function so they still match.
     */
    static String stem(String w) {
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ing") && n > 5) {
            return trimE(w.substring(0, n - 3));
        }
        if (w.endsWith("ed") && n > 4) {
            return trimE(w.substring(0, n - 2));
        }
        if (w.endsWith("es") && n > 4 && "sxz".indexOf(w.charAt(n - 3)) >= 0) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return trimE(w.substring(0, n - 1));
        }
        return trimE(w);
    }

    /** Drops a final silent e so "strike", "strikes" and "striking" meet at "strik". */
    private static String trimE(String w) {
        return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }
}
