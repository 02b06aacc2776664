package dev.gcsync.emulator.store;

/** A named org object: a division, routing skill, language or wrap-up code. */
public record Entity(String id, String name) {
}
