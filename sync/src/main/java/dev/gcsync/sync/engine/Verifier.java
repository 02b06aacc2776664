package dev.gcsync.sync.engine;

import dev.gcsync.governor.TimeSource;
import dev.gcsync.sync.desired.Facet;
import dev.gcsync.sync.desired.FacetMode;
import dev.gcsync.sync.desired.Modes;
import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.OrgApi;
import dev.gcsync.sync.org.OrgSnapshot;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.plan.Change;
import dev.gcsync.sync.plan.Op;
import dev.gcsync.sync.plan.Plan;
import dev.gcsync.sync.plan.Planner;
import dev.gcsync.sync.plan.UserPlan;
import dev.gcsync.sync.resolve.ResolvedQueue;
import dev.gcsync.sync.resolve.ResolvedState;
import dev.gcsync.sync.resolve.ResolvedUser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Re-reads what a run changed and diffs it again: a user with nothing left to change has converged.
 * Queue memberships show up in reads with a delay, so while only memberships still differ it waits and
 * reads again, a bounded number of times.
 */
final class Verifier {
    /** Below this many changed users per page of the user listing, reading them one by one is cheaper. */
    private static final int USERS_PER_PAGE = 500;

    private final OrgApi api;
    private final SnapshotReader reader;
    private final TimeSource time;
    private final SyncOptions options;
    private final Consumer<String> log;
    private final Planner planner = new Planner();

    Verifier(OrgApi api, SnapshotReader reader, TimeSource time, SyncOptions options, Consumer<String> log) {
        this.api = api;
        this.reader = reader;
        this.time = time;
        this.options = options;
        this.log = log;
    }

    /** @return the plan of what still differs among the users and queues {@code original} changed */
    Plan verify(ResolvedState desired, Catalogue catalogue, Plan original, int orgUsers) {
        Set<String> changedUsers = original.users().stream().filter(UserPlan::changesSomething)
                .map(UserPlan::userId).collect(Collectors.toSet());
        Set<String> changedQueues = original.queues().stream().map(q -> q.queueId()).collect(Collectors.toSet());
        Map<String, Set<String>> joined = queuesJoined(original);
        List<ResolvedUser> users = desired.users().stream().filter(u -> changedUsers.contains(u.userId()))
                .map(u -> onlyQueuesWritten(u, joined, desired.modes()))
                .toList();
        List<ResolvedQueue> queues = desired.queues().stream().filter(q -> changedQueues.contains(q.queueId())).toList();
        ResolvedState subset = new ResolvedState(desired.modes(), users, queues, List.of());
        if (users.isEmpty() && queues.isEmpty()) {
            return new Plan(List.of(), 0, List.of(), List.of());
        }
        log.accept("verifying " + users.size() + " changed users and " + queues.size() + " queues");
        Map<String, OrgUser> read = rereadUsers(subset, orgUsers);
        for (int round = 0; ; round++) {
            OrgSnapshot snapshot = reader.complete(catalogue, read, subset);
            read = snapshot.users();
            Plan left = planner.plan(subset, snapshot);
            if (left.isEmpty() || round >= options.verifyRetries() || !onlyMembershipsLeft(left)) {
                return left;
            }
            log.accept("queue memberships not visible yet for " + left.changedUsers()
                    + " users; reading them again in " + options.verifyWait().toSeconds() + "s");
            try {
                time.await(options.verifyWait().toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return left;
            }
            // Skills, languages and profiles were read converged: only the lagging memberships are read again.
            Set<String> lagging = left.users().stream().map(UserPlan::userId).collect(Collectors.toSet());
            subset = new ResolvedState(desired.modes(),
                    subset.users().stream().filter(u -> lagging.contains(u.userId())).toList(), List.of(), List.of());
        }
    }

    /**
     * With additive queue membership, the queues a user already belonged to at plan time need no second
     * look: verify reads the members only of the queues the run wrote to (in a large org, a listed user's
     * every queue would otherwise be read again). Authoritative membership is checked over every queue.
     */
    private static ResolvedUser onlyQueuesWritten(ResolvedUser u, Map<String, Set<String>> joined,
            Modes modes) {
        if (u.queues() == null || modes.of(Facet.QUEUES) == FacetMode.AUTHORITATIVE) {
            return u;
        }
        Set<String> written = joined.getOrDefault(u.userId(), Set.of());
        return new ResolvedUser(u.userId(), u.label(), u.pos(), u.skills(), u.languages(),
                u.queues().stream().filter(written::contains).collect(Collectors.toSet()),
                u.title(), u.department(), u.managerId());
    }

    /** User id → the queues the plan adds the user to. */
    private static Map<String, Set<String>> queuesJoined(Plan plan) {
        Map<String, Set<String>> joined = new HashMap<>();
        for (var op : plan.ops()) {
            if (op instanceof Op.AddMembers add) {
                add.userIds().forEach(u -> joined.computeIfAbsent(u, k -> new HashSet<>()).add(add.queueId()));
            }
        }
        return joined;
    }

    private Map<String, OrgUser> rereadUsers(ResolvedState subset, int orgUsers) {
        if ((long) subset.users().size() * USERS_PER_PAGE >= orgUsers) {
            Set<String> wanted = subset.users().stream().map(ResolvedUser::userId).collect(Collectors.toSet());
            return reader.readUsers(wanted::contains).kept();
        }
        Map<String, OrgUser> users = new HashMap<>();
        for (ResolvedUser u : subset.users()) {
            users.put(u.userId(), api.readUser(u.userId()));
        }
        return users;
    }

    private static boolean onlyMembershipsLeft(Plan left) {
        return left.queues().isEmpty() && left.users().stream().flatMap(u -> u.changes().stream())
                .filter(c -> c.kind() != Change.Kind.GROUP_KEPT)
                .allMatch(c -> c.what().equals("queue"));
    }
}
