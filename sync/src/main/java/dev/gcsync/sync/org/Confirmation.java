package dev.gcsync.sync.org;

import java.util.Map;
import java.util.Objects;

/**
 * What a write's answer says a user holds now, so that verify need not read it back: the bulk skills
 * {@code PUT}/{@code PATCH} and the bulk languages {@code PATCH} answer with the user's resulting list.
 *
 * @param userId        the user written
 * @param kind          which list the answer carries
 * @param proficiencies the list as answered: id → proficiency
 */
public record Confirmation(String userId, Kind kind, Map<String, Double> proficiencies) {

    /** The user's lists a write can confirm. */
    public enum Kind {
        SKILLS,
        LANGUAGES
    }

    public Confirmation {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        proficiencies = Map.copyOf(proficiencies);
    }
}
