package dev.gcsync.sync.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.sync.apply.Applier;
import dev.gcsync.sync.apply.ApplyListener;
import dev.gcsync.sync.apply.ApplyResult;
import dev.gcsync.sync.apply.StopRequest;
import dev.gcsync.sync.desired.DesiredState;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.journal.JournalException;
import dev.gcsync.sync.journal.JournaledOp;
import dev.gcsync.sync.journal.OpState;
import dev.gcsync.sync.journal.ResumeChoice;
import dev.gcsync.sync.journal.RunInfo;
import dev.gcsync.sync.journal.RunStatus;
import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.OrgSnapshot;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.plan.OrgApi;
import dev.gcsync.sync.plan.Plan;
import dev.gcsync.sync.plan.Planner;
import dev.gcsync.sync.problem.Problem;
import dev.gcsync.sync.problem.Problems;
import dev.gcsync.sync.report.RunReport;
import dev.gcsync.sync.report.TimelineRecorder;
import dev.gcsync.sync.report.UserOutcome;
import dev.gcsync.sync.resolve.OtherUsers;
import dev.gcsync.sync.resolve.ResolvedQueue;
import dev.gcsync.sync.resolve.ResolvedState;
import dev.gcsync.sync.resolve.ResolvedUser;
import dev.gcsync.sync.resolve.Resolver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The sync's flow: read the org, resolve and diff ({@link #prepare}), journal and send ({@link #apply}),
 * re-read and report. {@link #resume} re-plans what a stopped run left and continues it under the same
 * run id: ops confirmed are not sent again, and ops that were in flight are judged by a fresh read.
 */
public final class SyncEngine {
    private final OrgApi api;
    private final SyncOptions options;
    private final TimeSource time;
    private final Clock clock;
    private final TimelineRecorder timeline;
    private final Consumer<String> log;
    private final SnapshotReader reader;
    private final Planner planner = new Planner();

    /**
     * @param timeline the recorder the governor behind {@code api} reports to (request figures of the report)
     * @param log      one-line progress messages ("read 20000 users", "verifying…")
     */
    public SyncEngine(
            OrgApi api,
            SyncOptions options,
            TimeSource time,
            Clock clock,
            TimelineRecorder timeline,
            Consumer<String> log) {
        this.api = api;
        this.options = options;
        this.time = time;
        this.clock = clock;
        this.timeline = timeline;
        this.log = log;
        this.reader = new SnapshotReader(api, log, options.inFlight());
    }

    /** Reads the org, checks the desired state against it (all problems at once) and plans. Writes nothing. */
    public Prepared prepare(DesiredState desired, Problems formProblems) {
        Read read = resolveAndRead(desired, formProblems);
        Resolved resolved = read.resolved();
        Checked checked = preflight(resolved.state(), read.snapshot(), resolved.problems());
        return Prepared.slim(
                        checked.state(),
                        resolved.problems(),
                        read.snapshot(),
                        checked.plan(),
                        String.join(",", desired.files()))
                .withWarnings(resolved.warnings());
    }

    /**
     * Reads the org's catalogue and users, resolves {@code desired} against them and completes the snapshot. The
     * org's users as listed die with this frame, the resolver and its outcomes (one per listed entry) before the
     * snapshot is completed: at 100,000 users each is MiBs of the launcher's 300 MB heap (docs/benchmarks.md, S4).
     */
    private Read resolveAndRead(DesiredState desired, Problems formProblems) {
        log.accept("reading the org's catalogue and users");
        Catalogue catalogue = api.readCatalogue();
        Map<String, OrgUser> users = reader.readUsers();
        catalogue = api.withDeletedSeen(catalogue);
        log.accept("read " + users.size() + " users; resolving names");
        OtherUsers others = new OtherLookups(api, log).lazy();
        Resolved resolved = resolve(new Resolver(catalogue, users, others), desired, formProblems);
        if (desired.includeInactive() && !others.inactiveRead().isEmpty()) {
            users = new HashMap<>(users);
            for (OrgUser u : others.inactiveRead()) {
                users.put(u.id(), u);
            }
        }
        return new Read(resolved, reader.complete(catalogue, users, resolved.state()));
    }

    private static Resolved resolve(Resolver resolver, DesiredState desired, Problems formProblems) {
        Resolver.Result result = resolver.resolve(desired, formProblems);
        return new Resolved(result.state(), result.problems(), result.warnings());
    }

    /** What resolving leaves for planning: the resolved entries, every problem, the warnings. */
    private record Resolved(ResolvedState state, Problems problems, List<Problem> warnings) {}

    /** The resolved desired state and the org as read for it. */
    private record Read(Resolved resolved, OrgSnapshot snapshot) {}

    /** The state the permission preflight leaves, and its plan. */
    private record Checked(ResolvedState state, Plan plan) {}

    /**
     * Before any write: checks the permissions the plan of {@code state} needs against the client's. A missing
     * one is added to {@code problems}; the state returned leaves out the facets it blocks (what
     * {@code --skip-invalid} applies).
     */
    private Checked preflight(ResolvedState state, OrgSnapshot snapshot, Problems problems) {
        Plan plan = planner.plan(state, snapshot);
        Map<String, Integer> needs = PermissionPreflight.needs(plan);
        if (needs.isEmpty()) {
            return new Checked(state, plan);
        }
        var grants = api.grants(PermissionPreflight.asked(needs));
        if (grants.isEmpty()) {
            log.accept("the org did not say which permissions this OAuth client holds; a missing one will show"
                    + " as 403 errors on the requests that need it");
            return new Checked(state, plan);
        }
        var findings = PermissionPreflight.check(plan, snapshot.users(), grants.get(), log);
        if (findings.problems().isEmpty()) {
            return new Checked(state, plan);
        }
        problems.addAll(findings.problems());
        ResolvedState kept = PermissionPreflight.without(state, findings);
        return new Checked(kept, planner.plan(kept, snapshot));
    }

    /**
     * Re-reads the org for a saved plan and keeps only the entries whose "before" still holds; the others
     * are left out (reported as skipped, "changed since the plan was made"). The result plans the same
     * ops as the saved plan for every entry that still holds.
     */
    public Prepared prepareSaved(SavedPlan saved) {
        log.accept("re-reading the org to check the saved plan still holds");
        Catalogue catalogue = api.readCatalogue();
        Map<String, OrgUser> read = new HashMap<>(reader.readUsers());
        read.putAll(reader.readMissing(
                saved.desired().users().stream().map(ResolvedUser::userId).toList(), read));
        OrgSnapshot snapshot = reader.complete(catalogue, read, saved.desired());
        List<String> skipped = new ArrayList<>(saved.desired().skipped());
        List<ResolvedUser> users = new ArrayList<>();
        // An entry whose "before" no longer holds is kept when the org already is as the plan wants it (the plan
        // was applied before): it plans nothing and counts as unchanged, not as left out.
        for (var u : saved.desired().users()) {
            if (saved.stillHolds(u, snapshot, snapshot.membershipsOf(u.userId()))
                    || alreadyDone(
                            new ResolvedState(saved.desired().modes(), List.of(u), List.of(), List.of()), snapshot)) {
                users.add(u);
            } else {
                skipped.add(u.label() + " (changed in the org since the plan was made; plan again)");
            }
        }
        List<ResolvedQueue> queues = new ArrayList<>();
        for (var q : saved.desired().queues()) {
            if (saved.stillHolds(q, snapshot)
                    || alreadyDone(
                            new ResolvedState(saved.desired().modes(), List.of(), List.of(q), List.of()), snapshot)) {
                queues.add(q);
            } else {
                skipped.add("queue " + q.name() + " (changed in the org since the plan was made; plan again)");
            }
        }
        ResolvedState kept = new ResolvedState(saved.desired().modes(), users, queues, skipped);
        Problems problems = new Problems();
        Checked checked = preflight(kept, snapshot, problems);
        return Prepared.slim(checked.state(), problems, snapshot, checked.plan(), saved.files());
    }

    private boolean alreadyDone(ResolvedState one, OrgSnapshot snapshot) {
        return planner.plan(one, snapshot).isEmpty();
    }

    /** Journals the plan's ops, sends them, verifies and reports. Refuses invalid input and plans beyond the rails. */
    public RunOutcome apply(Prepared prepared, Journal journal, ApplyListener listener) {
        return apply(prepared, journal, listener, new StopRequest());
    }

    /**
     * As {@link #apply(Prepared, Journal, ApplyListener)}, stopping cleanly on {@code stop}. Starting the run
     * retires the org's unfinished runs in this journal (see {@link Journal#startRun}); the log and the report
     * name them.
     */
    public RunOutcome apply(Prepared prepared, Journal journal, ApplyListener listener, StopRequest stop) {
        if (!prepared.problems().isEmpty() && !options.skipInvalid()) {
            throw new InvalidInputException(prepared.problems().sorted());
        }
        checkSafetyRails(prepared);
        stop.arm();
        // The journal keeps what resume needs: the desired state of the users and queues this plan changes,
        // not of every listed user (100,000 listed users with 2% to change would be 50 times the data).
        long runId = journal.startRun(
                prepared.files(),
                api.target(),
                JsonDocs.write(onlyChanged(prepared.desired(), prepared.plan())),
                JsonDocs.write(prepared.plan()),
                prepared.plan().ops());
        List<RunInfo> superseded = journal.supersededBy(runId);
        for (RunInfo old : superseded) {
            log.accept("run " + runId + " supersedes " + old.describe() + ", left unfinished: its unsent requests"
                    + " will not be sent (this run planned from a fresh read of the org)");
        }
        // Every listed entry's outcome as of the start: what a resume after a crash reports the untouched ones as.
        journal.putDocumentBytes(
                runId,
                USERS,
                JsonDocs.writeGzip(
                        OutcomeBuilder.build(prepared.desired(), prepared.plan(), journal.ops(runId), null)));
        return run(
                runId,
                prepared.desired(),
                prepared.plan(),
                prepared.snapshot(),
                prepared.orgUsers(),
                journal,
                listener,
                stop,
                superseded);
    }

    /** Continues a stopped run: re-reads the org, re-plans what is left, supersedes the old pending ops. */
    public RunOutcome resume(long runId, Journal journal, ApplyListener listener) {
        return resume(runId, journal, listener, new StopRequest());
    }

    /**
     * As {@link #resume(long, Journal, ApplyListener)}, stopping cleanly on {@code stop}. Refuses a run that is
     * not the latest of this org ({@link ResumeChoice}): its desired state is older than what came after it.
     */
    public RunOutcome resume(long runId, Journal journal, ApplyListener listener, StopRequest stop) {
        ResumeChoice choice = ResumeChoice.of(journal.runs(), api.target(), Optional.of(runId));
        if (choice.run().isEmpty()) {
            throw new JournalException(choice.message());
        }
        ResolvedState desired = JsonDocs.read(journal.document(runId, "desired").orElseThrow(), ResolvedState.class);
        Plan original = JsonDocs.read(journal.document(runId, "plan").orElseThrow(), Plan.class);
        log.accept("resuming run " + runId + ": re-reading the org to see what is left");
        Catalogue catalogue = api.readCatalogue();
        // The journal holds the desired state of the run's changed users only: read just those back.
        Set<String> listed = new HashSet<>();
        desired.users().forEach(u -> listed.add(u.userId()));
        SnapshotReader.Users users = reader.readUsers(listed);
        OrgSnapshot now = reader.complete(catalogue, users.kept(), desired);
        Plan rest = planner.plan(desired, now);
        stop.arm();
        journal.reopen(runId);
        int superseded = journal.supersedeUnfinished(runId);
        journal.appendOps(runId, rest.ops());
        log.accept(superseded + " unfinished op(s) re-planned as " + rest.ops().size() + " request(s)");
        return run(runId, desired, original, now, users.seen(), journal, listener, stop, List.of());
    }

    private static final String USERS = "users.json.gz";
    private static final String TIMELINE = "timeline.json.gz";

    /** @param read the org as read before sending (its users: at least the ones the run changes) */
    private RunOutcome run(
            long runId,
            ResolvedState desired,
            Plan original,
            OrgSnapshot read,
            int orgUsers,
            Journal journal,
            ApplyListener listener,
            StopRequest stop,
            List<RunInfo> superseded) {
        List<UserOutcome> earlierUsers = journal.documentBytes(runId, USERS)
                .map(b -> JsonDocs.readGzip(b, new TypeReference<List<UserOutcome>>() {}))
                .orElse(List.of());
        Optional<RunReport> earlier = StoredReports.load(journal, runId);
        List<JournaledOp> pending = journal.ops(runId).stream()
                .filter(o -> o.state() == OpState.PENDING)
                .toList();
        Confirmations confirmations = new Confirmations(listener);
        Applier applier = new Applier(
                api, journal, new ProfileRediff(api, desired), confirmations, options.inFlight(), stop, time);
        ApplyResult applied = applier.apply(runId, pending);
        Plan verified = null;
        if (!applied.stoppedEarly()) {
            verified = new Verifier(api, reader, time, options, log)
                    .verify(desired, read.catalogue(), original, orgUsers, read.users(), confirmations);
        }
        List<JournaledOp> ops = journal.ops(runId);
        List<UserOutcome> users = OutcomeBuilder.build(desired, original, ops, verified);
        if (!earlierUsers.isEmpty()) {
            users = OutcomeBuilder.merge(earlierUsers, users);
        }
        RunReport report = new SummaryBuilder(clock, timeline, api)
                .build(
                        original,
                        ops,
                        users,
                        applied,
                        journal.run(runId).orElseThrow(),
                        earlier,
                        superseded,
                        options.skipInvalid());
        journal.putDocumentBytes(runId, USERS, JsonDocs.writeGzip(users));
        journal.putDocumentBytes(runId, TIMELINE, JsonDocs.writeGzip(report.timeline()));
        journal.finishRun(runId, RunStatus.valueOf(report.summary().status()), JsonDocs.write(report.summary()));
        return new RunOutcome(runId, report, applied);
    }

    static ResolvedState onlyChanged(ResolvedState desired, Plan plan) {
        Set<String> users = new HashSet<>();
        plan.users().forEach(u -> users.add(u.userId()));
        Set<String> queues = new HashSet<>();
        plan.queues().forEach(q -> queues.add(q.queueId()));
        return new ResolvedState(
                desired.modes(),
                desired.users().stream().filter(u -> users.contains(u.userId())).toList(),
                desired.queues().stream()
                        .filter(q -> queues.contains(q.queueId()))
                        .toList(),
                desired.skipped());
    }

    private void checkSafetyRails(Prepared prepared) {
        if (options.force()) {
            return;
        }
        long limit = options.removalLimit(prepared.desired().users().size());
        if (prepared.plan().removals() > limit) {
            throw new SafetyRailException(
                    "the plan removes " + prepared.plan().removals()
                            + " assignments, more than --max-removals " + limit
                            + " (default: 10% of listed users). Check the plan; if it is right, raise --max-removals or add --force.");
        }
        if (options.maxChangedUsers() >= 0 && prepared.plan().changedUsers() > options.maxChangedUsers()) {
            throw new SafetyRailException("the plan changes " + prepared.plan().changedUsers()
                    + " users, more than --max-changed-users " + options.maxChangedUsers()
                    + ". Check the plan; if it is right, raise the limit or add --force.");
        }
    }
}
