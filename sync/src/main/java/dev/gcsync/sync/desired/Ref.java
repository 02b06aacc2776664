package dev.gcsync.sync.desired;

import dev.gcsync.sync.tree.Pos;

/** A name as written in the desired state (a queue, a wrap-up code, a manager's email) and where. */
public record Ref(String name, Pos pos) {}
