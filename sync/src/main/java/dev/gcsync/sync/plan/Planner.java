package dev.gcsync.sync.plan;

import dev.gcsync.sync.desired.FacetMode;
import dev.gcsync.sync.org.OrgSnapshot;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.resolve.ResolvedQueue;
import dev.gcsync.sync.resolve.ResolvedState;
import dev.gcsync.sync.resolve.ResolvedUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Diffs the resolved desired state against a snapshot of the org and produces the minimum list of
 * writes: per user one skills call and one languages call (plus a DELETE per removed language and a
 * profile PATCH when needed), queue membership grouped by queue 100 users a call, wrap-up codes per queue.
 * Users already in the desired state cost nothing.
 */
public final class Planner {
    /** Users per {@code POST /routing/queues/{q}/members} call (documented maximum). */
    static final int MEMBERS_MAX = 100;
    /** Codes per {@code POST /routing/queues/{q}/wrapupcodes} call (documented maximum). */
    static final int WRAPUP_CODES_MAX = 100;

    public Plan plan(ResolvedState desired, OrgSnapshot org) {
        Names names = new Names(org.catalogue(), org.users());
        Set<String> queuesRead = org.members().keySet();

        List<UserPlan> userPlans = new ArrayList<>();
        List<Op> ops = new ArrayList<>();
        Map<String, List<String>> joins = new TreeMap<>();
        Map<String, List<String>> leaves = new TreeMap<>();
        int unchanged = 0;
        KeptByAdditive kept = new KeptByAdditive();
        for (ResolvedUser want : desired.users()) {
            OrgUser have = org.users().get(want.userId());
            var memberships = org.membershipsOf(want.userId());
            kept.user(want, have, memberships, queuesRead, desired.modes());
            UserDiff diff = new UserDiff(want, have, memberships, queuesRead, desired.modes(), names);
            if (diff.changes.isEmpty()) {
                unchanged++;
                continue;
            }
            userPlans.add(new UserPlan(want.userId(), want.label(), diff.changes));
            ops.addAll(diff.ops);
            diff.queuesToJoin.forEach(
                    q -> joins.computeIfAbsent(q, k -> new ArrayList<>()).add(want.userId()));
            diff.queuesToLeave.forEach(
                    q -> leaves.computeIfAbsent(q, k -> new ArrayList<>()).add(want.userId()));
        }
        ops.addAll(batches(joins, Op.AddMembers::new));
        ops.addAll(batches(leaves, Op.RemoveMembers::new));

        List<QueuePlan> queuePlans = new ArrayList<>();
        for (ResolvedQueue q : desired.queues()) {
            Set<String> codes = org.queueWrapupCodes().getOrDefault(q.queueId(), Set.of());
            kept.queue(q, codes);
            QueuePlan plan = diffWrapupCodes(q, codes, names, ops);
            if (!plan.changes().isEmpty()) {
                queuePlans.add(plan);
            }
        }
        return new Plan(userPlans, unchanged, queuePlans, ops, kept.result());
    }

    private static QueuePlan diffWrapupCodes(ResolvedQueue want, Set<String> have, Names names, List<Op> ops) {
        List<Change> changes = new ArrayList<>();
        List<String> add = want.wrapupCodes().stream()
                .filter(c -> !have.contains(c))
                .sorted()
                .toList();
        add.forEach(c -> changes.add(new Change(Change.Kind.ADD, "wrap-up code", names.wrapupCode(c), "", "")));
        for (int i = 0; i < add.size(); i += WRAPUP_CODES_MAX) {
            ops.add(new Op.AddWrapupCodes(want.queueId(), add.subList(i, Math.min(add.size(), i + WRAPUP_CODES_MAX))));
        }
        if (want.mode() == FacetMode.AUTHORITATIVE) {
            for (String c : have.stream()
                    .filter(c -> !want.wrapupCodes().contains(c))
                    .sorted()
                    .toList()) {
                changes.add(new Change(Change.Kind.REMOVE, "wrap-up code", names.wrapupCode(c), "", ""));
                ops.add(new Op.RemoveWrapupCode(want.queueId(), c));
            }
        }
        return new QueuePlan(want.queueId(), want.name(), changes);
    }

    private static List<Op> batches(Map<String, List<String>> usersByQueue, BiFunction<String, List<String>, Op> op) {
        List<Op> out = new ArrayList<>();
        usersByQueue.forEach((queue, users) -> {
            for (int i = 0; i < users.size(); i += MEMBERS_MAX) {
                out.add(op.apply(queue, users.subList(i, Math.min(users.size(), i + MEMBERS_MAX))));
            }
        });
        return out;
    }
}
