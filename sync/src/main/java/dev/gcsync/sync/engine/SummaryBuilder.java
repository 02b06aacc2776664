package dev.gcsync.sync.engine;

import dev.gcsync.governor.GovernorMetrics;
import dev.gcsync.governor.Outcome;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.governor.ScopeState;
import dev.gcsync.sync.apply.ApplyResult;
import dev.gcsync.sync.journal.Instants;
import dev.gcsync.sync.journal.JournaledOp;
import dev.gcsync.sync.journal.OpCounts;
import dev.gcsync.sync.journal.RunInfo;
import dev.gcsync.sync.journal.RunStatus;
import dev.gcsync.sync.org.OrgReader;
import dev.gcsync.sync.plan.Change;
import dev.gcsync.sync.plan.Plan;
import dev.gcsync.sync.report.BoundScope;
import dev.gcsync.sync.report.RunReport;
import dev.gcsync.sync.report.RunSummary;
import dev.gcsync.sync.report.TimelinePoint;
import dev.gcsync.sync.report.TimelineRecorder;
import dev.gcsync.sync.report.UserOutcome;
import dev.gcsync.sync.report.UserOutcome.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds up a run once — user outcomes, op states and the governor's request figures, over every part of a
 * resumed run — and picks its status and exit code. The console, summary.json, users.csv, report.html and
 * {@code gcsync runs} all show these figures; none counts again.
 */
final class SummaryBuilder {
    private final Clock clock;
    private final TimelineRecorder timeline;
    private final OrgReader api;

    SummaryBuilder(Clock clock, TimelineRecorder timeline, OrgReader api) {
        this.clock = clock;
        this.timeline = timeline;
        this.api = api;
    }

    /**
     * @param users   every entry of the run (listed users and invalid entries), earlier parts merged in
     * @param earlier the figures of the run's earlier parts, when it was resumed
     */
    /**
     * @param skipAsked the operator asked to skip invalid entries ({@code --skip-invalid}): the entries left out
     *                  do not make the run FAILED (they are counted, noted and listed); otherwise they do (e.g.
     *                  entries of a saved plan changed in the org since)
     */
    RunReport build(
            Plan plan,
            List<JournaledOp> ops,
            List<UserOutcome> users,
            ApplyResult applied,
            RunInfo info,
            Optional<RunReport> earlier,
            List<RunInfo> superseded,
            boolean skipAsked) {
        Instant finished = clock.instant();
        OpCounts counts = OpCounts.of(ops);
        int userFailed = count(users, Status.FAILED) + count(users, Status.NOT_CONVERGED);
        int userPending = count(users, Status.PENDING);
        int invalid = count(users, Status.INVALID);
        RunStatus status = applied.stoppedEarly()
                ? RunStatus.STOPPED
                : counts.failed() > 0
                                || counts.pending() > 0
                                || userFailed > 0
                                || userPending > 0
                                || invalid > 0 && !skipAsked
                        ? RunStatus.FAILED
                        : RunStatus.CONVERGED;
        int exit = status == RunStatus.STOPPED ? 3 : status == RunStatus.FAILED ? 1 : 0;
        double allowed = api.allowedRate();
        Optional<GovernorMetrics> metrics = api.governorMetrics();
        ScopeState bound = metrics.map(GovernorMetrics::bound).orElseGet(() -> tokenAt(allowed));
        double tokenAllowed = metrics.map(m -> m.token().allowedRate()).orElse(allowed);
        BoundScope thisPart = timeline.bound(bound, api.budgetShare());
        Optional<RunSummary> before = earlier.map(RunReport::summary);
        long requests = timeline.requests() + before.map(RunSummary::requests).orElse(0L);
        long throttled =
                timeline.throttled() + before.map(RunSummary::responses429).orElse(0L);
        double paused =
                timeline.secondsPaused() + before.map(RunSummary::secondsPaused).orElse(0.0);
        double active = timeline.elapsedSeconds()
                + before.map(RunSummary::activeSeconds).orElse(0.0);
        // The run's figures start when gcsync started working on it (its reads included), so that the wall
        // time is never shorter than the time worked; a resumed run keeps its first part's start.
        Instant start = before.map(RunSummary::startedAt)
                .orElse(
                        info.resumes() == 0
                                ? finished.minusMillis((long) (timeline.elapsedSeconds() * 1000))
                                : info.startedAt());
        double wall = Duration.between(start, finished).toMillis() / 1000.0;
        RunSummary summary = new RunSummary(
                info.id(),
                status.name(),
                exit,
                start,
                finished,
                wall,
                api.target(),
                info.files(),
                users.size(),
                count(users, Status.CONVERGED) + userFailed + userPending,
                count(users, Status.UNCHANGED),
                count(users, Status.CONVERGED),
                userFailed,
                userPending,
                invalid,
                counts.planned(),
                counts.done(),
                counts.failed(),
                counts.pending(),
                requests,
                throttled,
                paused,
                active > 0 ? requests / active : 0,
                allowed,
                notes(plan, applied, counts, invalid, info, earlier.isPresent(), superseded),
                counts.replaced(),
                info.resumes(),
                active,
                thisPart.token()
                        ? BoundScope.ofToken(requests, active, thisPart.allowedRate())
                        : thisPart.after(before.map(RunSummary::bound).orElse(null)),
                tokenAllowed);
        List<TimelinePoint> points =
                new ArrayList<>(earlier.map(RunReport::timeline).orElse(List.of()));
        long offset = points.isEmpty() ? 0 : points.get(points.size() - 1).second() + 1;
        for (TimelinePoint p : timeline.points(thisPart, tokenAllowed)) {
            points.add(new TimelinePoint(
                    p.second() + offset,
                    p.requests(),
                    p.throttled(),
                    p.pausedMillis(),
                    p.allowedPerSecond(),
                    p.boundRequests(),
                    p.tokenAllowedPerSecond()));
        }
        return new RunReport(summary, users, points);
    }

    private static List<String> notes(
            Plan plan,
            ApplyResult applied,
            OpCounts counts,
            int invalid,
            RunInfo info,
            boolean earlierFigures,
            List<RunInfo> superseded) {
        List<String> notes = new ArrayList<>();
        for (RunInfo old : superseded) {
            notes.add("this run superseded " + old.describe() + ", left unfinished: its unsent requests were not"
                    + " sent (this run planned from a fresh read of the org)");
        }
        if (info.resumes() > 0) {
            notes.add("resumed " + times(info.resumes()) + "; the figures and the chart cover the whole run"
                    + (earlierFigures
                            ? ""
                            : " since the last resume (the part before it ended without a summary:"
                                    + " its process died)"));
        }
        long groupKept = plan.users().stream()
                .flatMap(u -> u.changes().stream())
                .filter(c -> c.kind() == Change.Kind.GROUP_KEPT)
                .count();
        if (groupKept > 0) {
            notes.add(groupKept + " queue membership(s) come through a group and were left alone;"
                    + " change them through the group");
        }
        applied.stoppedBy().ifPresent(o -> notes.add(stopReason(o, applied)));
        if (counts.failed() > 0) {
            notes.add(counts.failed() + " request(s) failed for good; see users.csv for each error and correlation id");
        }
        if (invalid > 0) {
            notes.add(invalid + " entr" + (invalid == 1 ? "y was" : "ies were")
                    + " left out and nothing written for " + (invalid == 1 ? "it" : "them")
                    + " (see 'Users needing attention' or users.csv for why)");
        }
        return notes;
    }

    /** What stopped a run, as it happened: each stop has its own cause and its own advice. */
    static String stopReason(Outcome outcome, ApplyResult applied) {
        return switch (outcome) {
            case STOPPED_RATE_LIMITED ->
                "stopped early: the org asked to wait longer than --max-retry-after"
                        + applied.retryAt()
                                .map(t -> " (until " + Instants.seconds(t) + ")")
                                .orElse("")
                        + ", e.g. a daily limit: run 'gcsync resume'"
                        + applied.retryAt()
                                .map(t -> " after " + Instants.seconds(t))
                                .orElse(" later");
            case STOPPED_DEADLINE ->
                "stopped early: the --deadline came before every request was sent:" + " run 'gcsync resume' to finish";
            case INTERRUPTED ->
                "stopped early: " + applied.interruptedBy().orElse("interrupted")
                        + "; the requests in flight were finished or put back: run 'gcsync resume' to finish";
            default -> "stopped early (" + outcome + "): run 'gcsync resume' to finish";
        };
    }

    /** The token's scope at {@code allowed}, for a reader without a governor. */
    private static ScopeState tokenAt(double allowed) {
        return new ScopeState("token", ScopeKind.TOKEN, allowed, allowed, Double.NaN, 1.0, 0, false, 0);
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    private static int count(List<UserOutcome> users, Status status) {
        return (int) users.stream().filter(u -> u.status() == status).count();
    }
}
