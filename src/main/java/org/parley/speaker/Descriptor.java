package org.parley.speaker;

import java.util.List;
import java.util.Objects;

/**
 * A phrase that refers to whoever holds a role ("top diplomat", "the Kremlin leader"). Every role
 * title in the registry is also a descriptor of itself. Immutable and thread-safe.
 *
 * @param phrase the words as written in the registry
 * @param roles  role titles the phrase can mean, most likely first
 * @param of     a country or organisation the phrase fixes ("Kremlin leader" → Russia), or null
 * @param line   line of the registry file, 0 for descriptors derived from role titles
 */
public record Descriptor(String phrase, List<String> roles, String of, int line) {

    public Descriptor {
        Objects.requireNonNull(phrase, "phrase");
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("descriptor '" + phrase + "' names no role");
        }
    }
}
