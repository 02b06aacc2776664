package dev.gcsync.sync.desired;

import dev.gcsync.sync.tree.Pos;

/** A skill or language with its proficiency (0.0–5.0, as Genesys Cloud accepts), as written and where. */
public record Proficiency(String name, double value, Pos pos) {}
