package org.parley.speaker;

import java.util.List;

/**
 * What a speaker mention says on its own, before the article's context resolves it: a registry
 * person, a name the registry lacks, a role, an institution, a country, a pronoun or an anonymous
 * description.
 *
 * @param type        what the head of the mention is
 * @param entity      the registry entry for PERSON, INSTITUTION, COUNTRY; the fallback institution
 *                    named in a ROLE mention ("the State Department spokesman"); else null
 * @param candidates  the people of an ambiguous surname, or the institutions of a generic reference
 * @param descriptor  the role phrase of a ROLE mention
 * @param qualifier   the country or organisation named next to a role or generic reference
 *                    ("Washington's top diplomat" → United States), or null
 * @param name        for UNREGISTERED (and AMBIGUOUS) the name as the article writes it, title dropped
 * @param gender      the person's gender when known: registry, pronoun, or a gendered word
 *                    ("spokeswoman")
 * @param plural      a plural source ("activists", "they")
 * @param joint       a joint subject ("He and Kerry"): the reading is of its first member
 * @param transcript  a transcript label ("SECRETARY KERRY")
 */
record Reading(Type type, Entity entity, List<Entity> candidates, Descriptor descriptor, String qualifier,
               String name, Gender gender, boolean plural, boolean joint, boolean transcript) {

    enum Type { PERSON, UNREGISTERED, AMBIGUOUS, ROLE, INSTITUTION, ORGANISATION, GENERIC, COUNTRY, PRONOUN, ANONYMOUS,
        /** An unnamed person speaking for the country or body in {@code name} ("the representative of X"). */
        REPRESENTATIVE }

    Reading {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        gender = gender == null ? Gender.UNKNOWN : gender;
    }

    static Reading of(Type type, Entity e) {
        return new Reading(type, e, List.of(), null, null, null, e == null ? null : e.gender(), false, false, false);
    }

    static Reading anonymous(Gender g, boolean plural) {
        return new Reading(Type.ANONYMOUS, null, List.of(), null, null, null, g, plural, false, false);
    }

    Reading joint(boolean j) {
        return new Reading(type, entity, candidates, descriptor, qualifier, name, gender, plural, j, transcript);
    }

    /** This reading with gender {@code g} where its own is unknown ("A ferry spokesman, Piet Aronsen": male). */
    Reading genderOr(Gender g) {
        return gender != Gender.UNKNOWN || g == Gender.UNKNOWN ? this
                : new Reading(type, entity, candidates, descriptor, qualifier, name, g, plural, joint, transcript);
    }

    Reading transcript(boolean t) {
        return new Reading(type, entity, candidates, descriptor, qualifier, name, gender, plural, joint, t);
    }
}
