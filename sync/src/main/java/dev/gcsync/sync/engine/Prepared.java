package dev.gcsync.sync.engine;

import dev.gcsync.sync.org.OrgSnapshot;
import dev.gcsync.sync.plan.Plan;
import dev.gcsync.sync.problem.Problems;
import dev.gcsync.sync.resolve.ResolvedState;

/** A desired state checked against the org and diffed: what {@code plan} prints and {@code apply} sends. */
public record Prepared(ResolvedState desired, Problems problems, OrgSnapshot snapshot, Plan plan, String files) {
}
