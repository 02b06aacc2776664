package dev.gcsync.sync.org;

/** A catalogue entry of the org: a skill, language, queue or wrap-up code. */
public record NamedId(String id, String name) {}
