package dev.gcsync.emulator.store;

/** A member of a queue as reads show it: {@code memberBy} is "user" (direct) or "group". */
public record QueueMember(String userId, String memberBy) {}
