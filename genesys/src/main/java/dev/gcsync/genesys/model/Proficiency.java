package dev.gcsync.genesys.model;

/** A bulk body item {@code {"id","proficiency"}} for skills and languages; proficiency 0.0–5.0. */
public record Proficiency(String id, double proficiency) {
    public Proficiency {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("proficiency item needs an id");
        }
        if (proficiency < 0.0 || proficiency > 5.0 || Double.isNaN(proficiency)) {
            throw new IllegalArgumentException("proficiency must be within 0.0–5.0, was " + proficiency);
        }
    }
}
