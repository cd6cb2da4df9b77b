package org.parley.speaker;

import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;
import org.parley.text.Nlp;

/**
 * Finds a person's or outlet's name the registry does not know inside a short speaker mention, by
 * its shape: capitalised tokens, at least one of which the OpenNLP tagger calls PROPN, joined by name particles ("al",
 * "de", "bin"), minus titles, demonyms and registry phrases. "Syrian journalist Abdurahman
 * Harkoush" → "Abdurahman Harkoush". Runs the tagger on the mention only (a few words), never on
 * article text. Thread-safe ({@link Nlp} keeps one tagger per thread).
 */
final class NameShape {

    static final Set<String> TITLES = Set.of("president", "prime", "minister", "foreign", "defense", "defence",
            "secretary", "general", "lieutenant", "lt", "colonel", "col", "major", "maj", "gen", "brigadier",
            "admiral", "adm", "captain", "capt", "commander", "mr", "mrs", "ms", "miss", "dr", "sheikh", "sheikha", "king",
            "prince", "emir", "queen", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
            "senator", "sen", "rep", "representative", "deputy", "chief", "director", "chairman", "chairwoman", "chairperson", "head",
            "leader", "journalist", "activist", "analyst", "professor", "prof", "sir", "lord", "ayatollah",
            "sayyed", "sayed", "imam", "state", "western", "arab", "gulf", "european", "kurdish", "sunni", "shia",
            "shiite", "islamist", "rebel", "opposition", "official", "officials", "undersecretary",
            "assistant", "special", "senior", "former", "acting", "the", "a", "an", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "field", "marshal", "sergeant", "mayor",
            "governor", "spokesmen", "cleric", "commentator", "columnist", "correspondent", "reporter");

    private static final Set<String> PARTICLES = NameParts.PARTICLES;

    /**
     * Tags a capitalised word of a name may get: the tagger often calls a first name it does not know
     * ADJ or NOUN ("Zed/ADJ Quux/PROPN"), so a run needs one PROPN, not all.
     */
    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "ADJ", "X");

    private NameShape() {
    }

    /**
     * The last name-shaped run of {@code text[from, to)}, skipping chars inside {@code taken}
     * (registry phrases, as UTF-16 [start, end) pairs), or null.
     */
    static String find(String text, int from, int to, List<int[]> taken) {
        String region = text.substring(from, to);
        Span[] spans = Nlp.tokenSpans(region);
        if (spans.length == 0) {
            return null;
        }
        String[] tokens = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            tokens[i] = region.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = Nlp.tags(tokens);
        int runStart = -1;
        boolean runHasPropn = false;
        int bestStart = -1;
        int bestEnd = -1;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            int abs = from + spans[i].getStart();
            boolean inside = isTaken(taken, abs, from + spans[i].getEnd());
            // the tagger calls an unknown surname after a first name a verb when the name ends the
            // region ("Mira Wendover"/VERB): a capitalised word right after a name word continues it
            boolean continues = runStart >= 0 && i > 0 && i - 1 >= runStart && Character.isUpperCase(tokens[i - 1].codePointAt(0))
                    && "VERB".equals(tags[i]);
            boolean word = !inside && Character.isUpperCase(t.codePointAt(0)) && (NAME_TAGS.contains(tags[i]) || continues)
                    && !TITLES.contains(Nlp.fold(t).replace(".", ""));
            boolean glue = runStart >= 0 && !inside && (PARTICLES.contains(Nlp.fold(t)) || t.equals("-"))
                    && leadsToName(tokens, i + 1);
            if (word) {
                if (runStart < 0 || isParticle(tokens[runStart])) {
                    runStart = i;
                    runHasPropn = false;
                }
                runHasPropn |= "PROPN".equals(tags[i]);
                if (runHasPropn) {
                    bestStart = runStart;
                    bestEnd = i;
                }
            } else if (!glue) {
                runStart = -1;
            }
        }
        if (bestStart < 0) {
            return null;
        }
        int s = spans[bestStart].getStart();
        int e = spans[bestEnd].getEnd();
        while (e + 1 < region.length() && isHyphen(region.charAt(e)) && Character.isLetter(region.charAt(e + 1))) {
            e += 2; // the tokenizer may cut "Dorn-Weber" after "Dorn": a hyphen joins the surname's parts
            while (e < region.length() && Character.isLetter(region.charAt(e))) {
                e++;
            }
        }
        while (s > 1 && isHyphen(region.charAt(s - 1)) && Character.isLetter(region.charAt(s - 2))) {
            s -= 2; // "al-Masri" cut after its particle
            while (s > 0 && Character.isLetter(region.charAt(s - 1))) {
                s--;
            }
        }
        String n = region.substring(s, e).trim();
        return n.codePoints().filter(Character::isLetter).count() >= 2 ? n : null;
    }

    /**
     * Whether a capitalised token follows token {@code i - 1} after at most {@link #GLUE_REACH}
     * particles and hyphens ("al", "-", "Saqri"; "van", "der", "Walt").
     */
    private static boolean leadsToName(String[] tokens, int i) {
        for (int k = i; k < tokens.length && k < i + GLUE_REACH; k++) {
            if (Character.isUpperCase(tokens[k].codePointAt(0))) {
                return true;
            }
            if (!PARTICLES.contains(Nlp.fold(tokens[k])) && !tokens[k].equals("-")) {
                return false;
            }
        }
        return false;
    }

    private static final int GLUE_REACH = 3;

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐';
    }

    private static boolean isParticle(String t) {
        return PARTICLES.contains(Nlp.fold(t));
    }

    private static boolean isTaken(List<int[]> taken, int s, int e) {
        for (int[] r : taken) {
            if (s < r[1] && r[0] < e) {
                return true;
            }
        }
        return false;
    }
}
