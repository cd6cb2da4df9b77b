package org.parley.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rule-based sentence splitter for news paragraphs, fast enough for whole corpora (OpenNLP's
 * sentence model is orders of magnitude slower). A sentence ends at {@code . ! ?} (or an
 * ellipsis), optionally followed by closing brackets or marks, then white space and a capital
 * letter or an opening mark. Abbreviations (Mr., Gen., Lt., Dec., St.), initials (J. Smith) and
 * initialisms (U.S., U.N.) do not end a sentence, except an initialism followed by a typical
 * sentence opener ("… in the U.S. The talks …"). Quotations are opaque: a sentence does not end
 * inside one, but may end right after its closing mark ("… in Syria.” He said …"). Stateless and
 * thread-safe; linear in the paragraph length.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Gov", "Sen",
            "Rep", "Rev", "St", "Ste", "Mt", "Ft", "Prof", "Pres", "Amb", "Dept", "Jr", "Sr", "Inc", "Corp",
            "Ltd", "Co", "Bros", "No", "Nos", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
            "Sept", "Oct", "Nov", "Dec", "approx", "est", "Fig", "Vol", "Art", "Gens", "Brig", "Cpl", "Pvt",
             "Supt", "Insp", "Hon", "Messrs", "Mme", "Mlle", "Sheikh", "Rt", "Min", "Op", "cf", "al", "e.g",
            "i.e", "Ave", "Blvd", "Rd");

    private static final Set<String> OPENERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This",
            "That", "There", "These", "Those", "His", "Her", "Its", "Their", "Our", "After", "Before", "When",
            "While", "However", "Meanwhile", "Some", "Many", "Most", "As", "If", "Yet", "So", "Also", "Still",
            "Earlier", "Later", "Officials", "According");

    private Sentences() {
    }

    /** Sentence boundaries in {@code p} as {start, end} pairs of UTF-16 indices, trimmed. */
    static List<int[]> split(String p, List<QuoteMarks.Region> regions) {
        List<int[]> out = new ArrayList<>();
        int n = p.length();
        int start = skipSpace(p, 0);
        int ri = 0;
        int i = start;
        while (i < n) {
            if (ri < regions.size() && regions.get(ri).open() <= i) {
                QuoteMarks.Region r = regions.get(ri++);
                if (r.open() < i) {
                    continue;
                }
                if (!r.closed()) {
                    break;
                }
                int after = r.end();
                int last = r.close() - 1;
                while (last > r.open() && Text.space(p.charAt(last))) {
                    last--;
                }
                char before = p.charAt(last);
                if ((before == '.' || before == '!' || before == '?' || before == '…') && startsSentence(p, after)) {
                    out.add(new int[] {start, after});
                    start = skipSpace(p, after);
                    i = start;
                } else {
                    i = after;
                }
                continue;
            }
            char c = p.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < n && (p.charAt(j) == '.' || p.charAt(j) == '!' || p.charAt(j) == '?')) {
                    j++;
                }
                while (j < n && (p.charAt(j) == ')' || p.charAt(j) == ']' || p.charAt(j) == '’' || p.charAt(j) == '\'')) {
                    j++;
                }
                if (j < n && startsSentence(p, j) && !(c == '.' && j == i + 1 && abbreviation(p, i, j))) {
                    out.add(new int[] {start, j});
                    start = skipSpace(p, j);
                    i = start;
                    continue;
                }
                i = j;
                continue;
            }
            i++;
        }
        int end = n;
        while (end > start && Text.space(p.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
        return out;
    }

    private static int skipSpace(String p, int i) {
        while (i < p.length() && Text.space(p.charAt(i))) {
            i++;
        }
        return i;
    }

    /** White space at {@code j}, then anything that can open a sentence: not lower case, a digit or closing punctuation. */
    private static boolean startsSentence(String p, int j) {
        if (j >= p.length() || !Text.space(p.charAt(j))) {
            return false;
        }
        int k = skipSpace(p, j);
        if (k >= p.length()) {
            return false;
        }
        int c = p.codePointAt(k);
        return !Character.isLowerCase(c) && !Character.isDigit(c) && ",;:.)]”’»-–—".indexOf(c) < 0;
    }

    /** The word ending at the dot at {@code dot} is an abbreviation, an initial or an initialism. */
    private static boolean abbreviation(String p, int dot, int next) {
        int s = dot;
        while (s > 0 && (Character.isLetter(p.charAt(s - 1)) || p.charAt(s - 1) == '.')) {
            s--;
        }
        String word = p.substring(s, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.indexOf('.') >= 0) {
            return !OPENERS.contains(nextWord(p, next));
        }
        return ABBREVIATIONS.contains(word);
    }

    private static String nextWord(String p, int j) {
        int k = skipSpace(p, j);
        int e = k;
        while (e < p.length() && Character.isLetter(p.charAt(e))) {
            e++;
        }
        return p.substring(k, e);
    }
}
