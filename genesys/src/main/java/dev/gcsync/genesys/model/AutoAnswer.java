package dev.gcsync.genesys.model;

/** A body item of {@code PATCH /api/v2/users/bulk}: the only field that call sets. */
public record AutoAnswer(String id, boolean acdAutoAnswer) {}
