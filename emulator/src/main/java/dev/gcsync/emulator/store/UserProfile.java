package dev.gcsync.emulator.store;

/** The changeable profile fields of a user; null = unchanged. */
public record UserProfile(
        String name,
        String email,
        String department,
        String title,
        String managerId,
        String state,
        Boolean acdAutoAnswer) {}
