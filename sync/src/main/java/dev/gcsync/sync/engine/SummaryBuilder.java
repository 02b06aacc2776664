package dev.gcsync.sync.engine;

import dev.gcsync.sync.apply.ApplyResult;
import dev.gcsync.sync.journal.JournaledOp;
import dev.gcsync.sync.journal.OpState;
import dev.gcsync.sync.journal.RunInfo;
import dev.gcsync.sync.journal.RunStatus;
import dev.gcsync.sync.org.OrgReader;
import dev.gcsync.sync.plan.Change;
import dev.gcsync.sync.plan.Plan;
import dev.gcsync.sync.report.RunReport;
import dev.gcsync.sync.report.RunSummary;
import dev.gcsync.sync.report.TimelineRecorder;
import dev.gcsync.sync.report.UserOutcome;
import dev.gcsync.sync.report.UserOutcome.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Adds up a run: user outcomes, op states and the governor's request figures, and picks the exit code. */
final class SummaryBuilder {
    private final Clock clock;
    private final TimelineRecorder timeline;
    private final OrgReader api;

    SummaryBuilder(Clock clock, TimelineRecorder timeline, OrgReader api) {
        this.clock = clock;
        this.timeline = timeline;
        this.api = api;
    }

    RunReport build(long runId, Instant started, Plan plan, List<JournaledOp> ops, List<UserOutcome> users,
            ApplyResult applied, RunInfo info) {
        Instant finished = clock.instant();
        List<JournaledOp> live = ops.stream().filter(o -> o.state() != OpState.SUPERSEDED).toList();
        int done = count(live, OpState.DONE);
        int failed = count(live, OpState.FAILED);
        int pending = (int) live.stream().filter(o -> o.state() == OpState.PENDING || o.state() == OpState.SENT).count();
        RunStatus status = applied.stoppedEarly() ? RunStatus.STOPPED
                : failed > 0 || pending > 0 || users.stream().anyMatch(u -> u.status() != Status.CONVERGED
                        && u.status() != Status.UNCHANGED) ? RunStatus.FAILED
                : RunStatus.CONVERGED;
        int exit = status == RunStatus.STOPPED ? 3 : status == RunStatus.FAILED ? 1 : 0;
        double allowed = api.allowedRate();
        double wall = Duration.between(info.startedAt(), finished).toMillis() / 1000.0;
        RunSummary summary = new RunSummary(runId, status.name(), exit, info.startedAt(), finished, wall,
                api.target(), info.files(), users.size() - count(users, Status.INVALID),
                count(users, Status.CONVERGED) + count(users, Status.NOT_CONVERGED) + count(users, Status.FAILED)
                        + count(users, Status.PENDING),
                count(users, Status.UNCHANGED), count(users, Status.CONVERGED),
                count(users, Status.FAILED) + count(users, Status.NOT_CONVERGED), count(users, Status.PENDING),
                count(users, Status.INVALID), live.size(), done, failed, pending, timeline.requests(),
                timeline.throttled(), timeline.secondsPaused(),
                timeline.elapsedSeconds() > 0 ? timeline.requests() / timeline.elapsedSeconds() : 0, allowed,
                notes(plan, applied, failed));
        return new RunReport(summary, users, timeline.points(allowed));
    }

    private static List<String> notes(Plan plan, ApplyResult applied, int failedOps) {
        List<String> notes = new ArrayList<>();
        long groupKept = plan.users().stream().flatMap(u -> u.changes().stream())
                .filter(c -> c.kind() == Change.Kind.GROUP_KEPT).count();
        if (groupKept > 0) {
            notes.add(groupKept + " queue membership(s) come through a group and were left alone;"
                    + " change them through the group");
        }
        applied.stoppedBy().ifPresent(o -> notes.add("stopped early (" + o.name().toLowerCase().replace('_', ' ')
                + applied.retryAt().map(t -> "; the server allows requests again at " + t).orElse("")
                + "): run 'gcsync resume' to finish"));
        if (failedOps > 0) {
            notes.add(failedOps + " request(s) failed for good; see users.csv for each error and correlation id");
        }
        return notes;
    }

    private static int count(List<JournaledOp> ops, OpState state) {
        return (int) ops.stream().filter(o -> o.state() == state).count();
    }

    private static int count(List<UserOutcome> users, Status status) {
        return (int) users.stream().filter(u -> u.status() == status).count();
    }
}
