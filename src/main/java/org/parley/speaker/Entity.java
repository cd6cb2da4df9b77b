package org.parley.speaker;

import java.util.List;
import java.util.Objects;

/**
 * A registry entry that can speak: a person, an institution, or a country speaking as a government.
 * Immutable and thread-safe.
 *
 * @param kind        person, institution or country
 * @param name        canonical name, written as the speaker in records
 * @param gender      a person's gender; UNKNOWN for institutions and countries
 * @param affiliation the country or organisation the entity belongs to or speaks for, or null
 * @param roles       a person's roles, in file order; empty for others
 * @param line        line of the registry file that defines it
 */
public record Entity(Kind kind, String name, Gender gender, String affiliation, List<Role> roles, int line) {

    /** What sort of speaker an entity is. */
    public enum Kind { PERSON, INSTITUTION, COUNTRY }

    public Entity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank name");
        }
        gender = gender == null ? Gender.UNKNOWN : gender;
        roles = List.copyOf(roles);
    }

    public boolean isPerson() {
        return kind == Kind.PERSON;
    }
}
