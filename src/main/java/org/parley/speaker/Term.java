package org.parley.speaker;

import java.util.List;

/**
 * A phrase of the registry as the matcher sees it: its words, and what it refers to.
 *
 * @param kind       what the phrase names
 * @param folded     folded words of the phrase
 * @param raw        words as written in the registry
 * @param needsCap   per word: the text's word must start with a capital (names: "Power", "Turkey")
 * @param possessive per word: written with 's in the phrase ("Putin's spokesman"); elsewhere inside a
 *                   phrase a possessive breaks the match ("Assad's regime" is not "Assad regime")
 * @param exactCase  the text must match {@code raw} exactly (short acronyms: "US" is not "us")
 * @param entities   the entity, several for a generic reference or an ambiguous surname, none for a
 *                   descriptor
 * @param descriptor for {@link Kind#DESCRIPTOR}, the role phrase; else null
 * @param line       registry line, for clash messages
 */
record Term(Kind kind, String[] folded, String[] raw, boolean[] needsCap, boolean[] possessive, boolean exactCase,
            List<Entity> entities, Descriptor descriptor, int line) {

    /** What a phrase names. */
    enum Kind {
        /** A person's name or alias (surnames included). */
        PERSON,
        /** A surname two people of the registry share. */
        AMBIGUOUS_SURNAME,
        /** An institution's own name or alias. */
        INSTITUTION,
        /** A reference several institutions share ("the Ministry"). */
        GENERIC,
        /** A country, its capital, or another name of its government. */
        COUNTRY,
        /** An adjective of a country ("Russian"): qualifies, never speaks. */
        DEMONYM,
        /** A role title or descriptor. */
        DESCRIPTOR
    }

    Term {
        entities = List.copyOf(entities);
    }

    int length() {
        return folded.length;
    }

    boolean matchesAt(List<Words.Word> words, int i) {
        if (i + folded.length > words.size()) {
            return false;
        }
        for (int k = 0; k < folded.length; k++) {
            Words.Word w = words.get(i + k);
            if (!w.folded().equals(folded[k])) {
                return false;
            }
            if (exactCase && !w.raw().equals(raw[k])) {
                return false;
            }
            if (needsCap[k] && !w.capitalised()) {
                return false;
            }
            if (k < folded.length - 1 && w.possessive() != possessive[k]) {
                return false;
            }
        }
        return true;
    }

    Entity entity() {
        return entities.isEmpty() ? null : entities.get(0);
    }
}
