package dev.gcsync.sync.engine;

import dev.gcsync.sync.apply.ApplyResult;
import dev.gcsync.sync.report.RunReport;

/** The end of an apply or resume: the report and the exit code it maps to. */
public record RunOutcome(long runId, RunReport report, ApplyResult apply) {
    public int exitCode() {
        return report.summary().exitCode();
    }
}
