package dev.gcsync.sync.engine;

import dev.gcsync.governor.TimeSource;
import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.OrgReader;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Re-reads what a run changed and diffs it again: a user with nothing left to change has converged. What a
 * write's answer already confirmed (a skills bulk PUT/PATCH answers with the user's resulting skills) is not
 * read again, and memberships are read only in the queues the run wrote to. Queue memberships show up in reads
 * with a delay, so while only memberships still differ it waits and reads again, a bounded number of times.
 */
final class Verifier {
    /** Below this many changed users per page of the user listing, reading them one by one is cheaper. */
    private static final int USERS_PER_PAGE = 500;

    private final OrgReader api;
    private final SnapshotReader reader;
    private final TimeSource time;
    private final SyncOptions options;
    private final Consumer<String> log;
    private final Planner planner = new Planner();

    Verifier(OrgReader api, SnapshotReader reader, TimeSource time, SyncOptions options, Consumer<String> log) {
        this.api = api;
        this.reader = reader;
        this.time = time;
        this.options = options;
        this.log = log;
    }

    /**
     * @param before        the changed users as read to plan (their lists before the run's writes)
     * @param confirmations the lists the run's writes were answered with
     * @return the plan of what still differs among the users and queues {@code original} changed
     */
    Plan verify(
            ResolvedState desired,
            Catalogue catalogue,
            Plan original,
            int orgUsers,
            Map<String, OrgUser> before,
            Confirmations confirmations) {
        Set<String> changedUsers = original.users().stream()
                .filter(UserPlan::changesSomething)
                .map(UserPlan::userId)
                .collect(Collectors.toSet());
        Set<String> changedQueues =
                original.queues().stream().map(q -> q.queueId()).collect(Collectors.toSet());
        Map<String, Set<String>> written = membershipsWritten(original);
        Set<String> writtenQueues = union(written, changedUsers);
        List<ResolvedUser> users = desired.users().stream()
                .filter(u -> changedUsers.contains(u.userId()))
                .map(u -> onlyQueues(u, writtenQueues))
                .toList();
        List<ResolvedQueue> queues = desired.queues().stream()
                .filter(q -> changedQueues.contains(q.queueId()))
                .toList();
        ResolvedState subset = new ResolvedState(desired.modes(), users, queues, List.of());
        if (users.isEmpty() && queues.isEmpty()) {
            return new Plan(List.of(), 0, List.of(), List.of());
        }
        Set<String> queuesToRead = writtenQueues; // narrowed to the lagging users' queues on later rounds
        Map<String, OrgUser> read = confirmed(subset, catalogue, before, confirmations);
        List<ResolvedUser> unconfirmed =
                users.stream().filter(u -> !read.containsKey(u.userId())).toList();
        log.accept("verifying " + users.size() + " changed users (" + read.size()
                + " confirmed by the answers to their writes, " + unconfirmed.size() + " to read back) and "
                + queues.size() + " queues; members of " + queuesToRead.size() + " queues written to");
        read.putAll(rereadUsers(unconfirmed, orgUsers));
        for (int round = 0; ; round++) {
            OrgSnapshot snapshot = reader.complete(catalogue, read, subset, queuesToRead);
            read.putAll(snapshot.users());
            Plan left = planner.plan(subset, snapshot);
            if (left.isEmpty() || round >= options.verifyRetries() || !onlyMembershipsLeft(left)) {
                return left;
            }
            log.accept("queue memberships not visible yet for " + left.changedUsers() + " users; reading them again in "
                    + options.verifyWait().toSeconds() + "s");
            try {
                time.await(options.verifyWait().toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return left;
            }
            // Skills, languages and profiles were read converged: only the lagging memberships are read again,
            // in the queues written to for the lagging users.
            Set<String> lagging = left.users().stream().map(UserPlan::userId).collect(Collectors.toSet());
            queuesToRead = union(written, lagging);
            Set<String> again = queuesToRead;
            subset = new ResolvedState(
                    desired.modes(),
                    subset.users().stream()
                            .filter(u -> lagging.contains(u.userId()))
                            .map(u -> onlyQueues(u, again))
                            .toList(),
                    List.of(),
                    List.of());
        }
    }

    /**
     * The changed users whose writes the answers confirm, as the answers describe them: a user's lists as read
     * to plan with the answered lists in place, kept only when they leave nothing to change but memberships
     * (which are read from the queues). A user the run wrote no list to (only memberships changed) is kept as
     * read to plan: nothing of it was written. Everything else (a profile PATCH, a removal by DELETE, an answer
     * that falls short, a write sent by an earlier process) is read back.
     */
    private Map<String, OrgUser> confirmed(
            ResolvedState subset, Catalogue catalogue, Map<String, OrgUser> before, Confirmations confirmations) {
        Map<String, OrgUser> candidates = new HashMap<>();
        List<ResolvedUser> withoutQueues = new ArrayList<>();
        for (ResolvedUser u : subset.users()) {
            OrgUser was = before.get(u.userId());
            if (was != null && was.expansionsComplete()) {
                candidates.put(u.userId(), confirmations.confirmed(was).orElse(was));
                withoutQueues.add(new ResolvedUser(
                        u.userId(),
                        u.label(),
                        u.pos(),
                        u.skills(),
                        u.languages(),
                        null,
                        u.title(),
                        u.department(),
                        u.managerId()));
            }
        }
        Plan left = planner.plan(
                new ResolvedState(subset.modes(), withoutQueues, List.of(), List.of()),
                new OrgSnapshot(catalogue, candidates, Map.of(), Map.of()));
        left.users().forEach(u -> candidates.remove(u.userId()));
        return candidates;
    }

    /**
     * Membership is checked only in the queues the run wrote to: their members are read again, and a user's
     * listed queues are narrowed to them (a listed queue that was not read would look like one to join). In
     * authoritative mode a removal is then checked in every queue read, which holds every queue the run
     * removed someone from.
     */
    private static ResolvedUser onlyQueues(ResolvedUser u, Set<String> read) {
        if (u.queues() == null) {
            return u;
        }
        return new ResolvedUser(
                u.userId(),
                u.label(),
                u.pos(),
                u.skills(),
                u.languages(),
                u.queues().stream().filter(read::contains).collect(Collectors.toSet()),
                u.title(),
                u.department(),
                u.managerId());
    }

    /** User id → the queues the plan adds the user to or removes the user from. */
    private static Map<String, Set<String>> membershipsWritten(Plan plan) {
        Map<String, Set<String>> written = new HashMap<>();
        for (var op : plan.ops()) {
            if (op instanceof Op.AddMembers add) {
                add.userIds().forEach(u -> written.computeIfAbsent(u, k -> new HashSet<>())
                        .add(add.queueId()));
            } else if (op instanceof Op.RemoveMembers remove) {
                remove.userIds().forEach(u -> written.computeIfAbsent(u, k -> new HashSet<>())
                        .add(remove.queueId()));
            }
        }
        return written;
    }

    private static Set<String> union(Map<String, Set<String>> written, Set<String> users) {
        Set<String> all = new TreeSet<>();
        users.forEach(u -> all.addAll(written.getOrDefault(u, Set.of())));
        return all;
    }

    private Map<String, OrgUser> rereadUsers(List<ResolvedUser> toRead, int orgUsers) {
        if (toRead.isEmpty()) {
            return Map.of();
        }
        if ((long) toRead.size() * USERS_PER_PAGE >= orgUsers) {
            Set<String> wanted = toRead.stream().map(ResolvedUser::userId).collect(Collectors.toSet());
            return reader.readUsers(wanted).kept();
        }
        Map<String, OrgUser> users = new HashMap<>();
        for (ResolvedUser u : toRead) {
            users.put(u.userId(), api.readUser(u.userId()));
        }
        return users;
    }

    private static boolean onlyMembershipsLeft(Plan left) {
        return left.queues().isEmpty()
                && left.users().stream()
                        .flatMap(u -> u.changes().stream())
                        .filter(c -> c.kind() != Change.Kind.GROUP_KEPT)
                        .allMatch(c -> c.what().equals("queue"));
    }
}
