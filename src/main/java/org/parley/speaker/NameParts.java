package org.parley.speaker;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * How the written parts of one personal name join, so that a surname with a particle or a hyphen
 * stays whole: "Adel al-Saqri", "Omar bin Talal", "Pieter van der Walt", "Ana Lopez-Vidal",
 * "Adel Al-Saqri". {@link Words} splits at hyphens, so without this the last word alone ("Saqri")
 * would be taken for the name. A particle joins only in lower case ("Abu" and "Al" capitalised are
 * ordinary name words, and a hyphen joins them anyway). Stateless and thread-safe.
 */
final class NameParts {

    /** Lower-case particles inside a name (folded). */
    static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "de", "da", "di", "du", "van",
            "von", "der", "den", "le", "la", "abu", "ul", "ter", "ten", "dos", "das", "del");

    /** At most this many particles, or hyphen-joined parts, in one name (bounds the walk on odd text). */
    private static final int MAX_PARTS = 3;

    private NameParts() {
    }

    /** Whether word {@code w} is a lower-case name particle. */
    static boolean particle(Words.Word w) {
        return w.lowercase() && PARTICLES.contains(w.folded());
    }

    /**
     * The first word of the surname ending at word {@code last}: back over hyphen-joined name words
     * ("Lopez-Vidal") and the lower-case particles before them ("al-", "van der ").
     */
    static int surnameStart(String text, List<Words.Word> ws, int last, IntPredicate nameWord) {
        int k = last;
        while (k > 0 && last - k < MAX_PARTS && hyphen(text, ws.get(k - 1), ws.get(k)) && nameWord.test(k - 1)) {
            k--;
        }
        int parts = k;
        while (k > 0 && parts - k < MAX_PARTS && particle(ws.get(k - 1)) && joined(text, ws.get(k - 1), ws.get(k))) {
            k--;
        }
        return k;
    }

    /**
     * The last word of the surname starting at word {@code first} (a particle or a name word):
     * forward over particles, one name word and the name words hyphen-joined to it; -1 when the
     * particles lead to no name word.
     */
    static int surnameEnd(String text, List<Words.Word> ws, int first, IntPredicate nameWord) {
        int k = first;
        while (k < ws.size() && k - first < MAX_PARTS && (particle(ws.get(k)) || article(text, ws, k))
                && k + 1 < ws.size() && joined(text, ws.get(k), ws.get(k + 1))) {
            k++;
        }
        if (k >= ws.size() || !nameWord.test(k)) {
            return -1;
        }
        int parts = k;
        while (k + 1 < ws.size() && k - parts < MAX_PARTS && hyphen(text, ws.get(k), ws.get(k + 1)) && nameWord.test(k + 1)) {
            k++;
        }
        return k;
    }

    /**
     * "Mr el-Masri", "Dr van der Walt", "Chairwoman Varga": capitalised title words, then one surname
     * (particles and hyphens kept) and nothing else; the index of the surname's last word, else -1.
     */
    static int titledSurname(String text, List<Words.Word> ws) {
        int k = 0;
        while (k < ws.size() && ws.get(k).capitalised() && NameShape.TITLES.contains(ws.get(k).folded())
                && !ws.get(k).folded().equals("the")) {
            k++;
        }
        if (k == 0 || k >= ws.size()) {
            return -1;
        }
        int end = surnameEnd(text, ws, k, j -> NameWords.nameCased(ws.get(j)));
        return end == ws.size() - 1 ? end : -1;
    }

    /**
     * The end of a Gulf-style chain after the name ending at word {@code last}: "Haddad bin Omar Al
     * Rashid", "Mariam bint Khalid Al-Harthi" go on over "bin"/"bint"/"ibn" or a capitalised "Al"
     * ({@link #article}) and the name word after each; {@code last} itself when nothing follows. Only
     * a name that already holds a "bin"/"bint"/"ibn" goes on, so that "Al" alone after a plain name
     * ("… Marek Halloran Al …") is not swallowed.
     */
    static int chainEnd(String text, List<Words.Word> ws, int start, int last, IntPredicate nameWord) {
        boolean lineage = false;
        for (int j = start; j <= last; j++) {
            lineage |= LINEAGE.contains(ws.get(j).folded()) && ws.get(j).lowercase();
        }
        int k = last;
        for (int n = 0; lineage && n < MAX_PARTS && k + 2 < ws.size(); n++) {
            Words.Word w = ws.get(k + 1);
            boolean link = (LINEAGE.contains(w.folded()) && w.lowercase()) || article(text, ws, k + 1);
            if (!link || !joined(text, ws.get(k), w) || !joined(text, w, ws.get(k + 2)) || !nameWord.test(k + 2)) {
                break;
            }
            k += 2;
        }
        return k;
    }

    /** Particles of descent in Arabic names, folded. */
    private static final Set<String> LINEAGE = Set.of("bin", "bint", "ibn");

    /**
     * A capitalised "Al" or "El" inside a name and joined to the name word after it ("Al Fahdawi",
     * "Al-Harthi"): the Arabic article, a particle there. At a name's start it is a first name ("Al
     * Gore"), which is why only {@link #surnameEnd} and {@link #chainEnd} (words after the first) ask.
     */
    private static boolean article(String text, List<Words.Word> ws, int k) {
        String r = ws.get(k).raw();
        return (r.equals("Al") || r.equals("El")) && k + 1 < ws.size() && NameWords.nameCased(ws.get(k + 1));
    }

    /** Whether one hyphen and nothing else separates the two words. */
    static boolean hyphen(String text, Words.Word a, Words.Word b) {
        return b.start() == a.end() + 1 && (text.charAt(a.end()) == '-' || text.charAt(a.end()) == '‐');
    }

    private static boolean joined(String text, Words.Word a, Words.Word b) {
        return b.start() == a.end() + 1 && (text.charAt(a.end()) == ' ' || text.charAt(a.end()) == '-'
                || text.charAt(a.end()) == '‐');
    }
}
