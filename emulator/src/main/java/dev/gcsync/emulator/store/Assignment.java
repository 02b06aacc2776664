package dev.gcsync.emulator.store;

/** A skill or language of a user with its proficiency (0.0 to 5.0). */
public record Assignment(String id, double proficiency) {}
