package dev.gcsync.sync.engine;

import dev.gcsync.sync.journal.JournaledOp;
import dev.gcsync.sync.journal.OpState;
import dev.gcsync.sync.plan.Change;
import dev.gcsync.sync.plan.Plan;
import dev.gcsync.sync.plan.UserPlan;
import dev.gcsync.sync.report.UserOutcome;
import dev.gcsync.sync.report.UserOutcome.Status;
import dev.gcsync.sync.resolve.ResolvedState;
import dev.gcsync.sync.resolve.ResolvedUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides each listed user's outcome from the plan, the journal's ops and the verify re-read:
 * invalid → failed (an op failed) → pending (work left) → not converged (the re-read still differs)
 * → converged; users the plan did not change are unchanged.
 */
final class OutcomeBuilder {

    /**
     * @param verified the plan made from the re-read after apply, or null when the run stopped before verify
     */
    static List<UserOutcome> build(ResolvedState desired, Plan original, List<JournaledOp> ops, Plan verified) {
        Map<String, UserPlan> planned = new HashMap<>();
        original.users().forEach(u -> planned.put(u.userId(), u));
        Map<String, UserPlan> remaining = new HashMap<>();
        if (verified != null) {
            verified.users().stream().filter(UserPlan::changesSomething).forEach(u -> remaining.put(u.userId(), u));
        }
        Map<String, List<JournaledOp>> opsByUser = new HashMap<>();
        for (JournaledOp op : ops) {
            op.op().userIds().forEach(id -> opsByUser
                    .computeIfAbsent(id, k -> new ArrayList<>())
                    .add(op));
        }
        List<UserOutcome> out = new ArrayList<>();
        for (ResolvedUser user : desired.users()) {
            UserPlan plan = planned.get(user.userId());
            List<JournaledOp> userOps = opsByUser.getOrDefault(user.userId(), List.of());
            int attempts = userOps.stream().mapToInt(JournaledOp::attempts).sum();
            if (plan == null || !plan.changesSomething()) {
                out.add(new UserOutcome(user.userId(), user.label(), Status.UNCHANGED, lines(plan), "", "", 0, ""));
                continue;
            }
            Status status;
            String error = "";
            List<JournaledOp> failed =
                    userOps.stream().filter(o -> o.state() == OpState.FAILED).toList();
            List<JournaledOp> pending = userOps.stream()
                    .filter(o -> o.state() == OpState.PENDING || o.state() == OpState.SENT)
                    .toList();
            if (!failed.isEmpty()) {
                status = Status.FAILED;
                error = failed.stream()
                        .map(o -> o.op().describe() + ": " + o.error()
                                + (o.correlationId() == null ? "" : " (correlation id " + o.correlationId() + ")"))
                        .collect(Collectors.joining("; "));
            } else if (!pending.isEmpty()) {
                status = Status.PENDING;
                error = "stopped before " + pending.size() + " request(s) were confirmed; run 'gcsync resume'";
            } else if (remaining.containsKey(user.userId())) {
                status = Status.NOT_CONVERGED;
                error = "still differs after apply: " + lines(remaining.get(user.userId()));
            } else {
                status = Status.CONVERGED;
            }
            out.add(new UserOutcome(
                    user.userId(),
                    user.label(),
                    status,
                    lines(plan),
                    side(plan, true),
                    side(plan, false),
                    attempts,
                    error));
        }
        for (String skipped : desired.skipped()) {
            out.add(invalid(skipped));
        }
        return out;
    }

    /**
     * An entry left out. Its text is a label, sometimes followed by the reason in parentheses ("… (changed in the
     * org since the plan was made; plan again)"): the reason goes where every other status puts it.
     */
    static UserOutcome invalid(String skipped) {
        int open = skipped.indexOf(" (");
        if (open > 0 && skipped.endsWith(")")) {
            return new UserOutcome(
                    "",
                    skipped.substring(0, open),
                    Status.INVALID,
                    "",
                    "",
                    "",
                    0,
                    "left out: " + skipped.substring(open + 2, skipped.length() - 1));
        }
        return new UserOutcome(
                "",
                skipped,
                Status.INVALID,
                "",
                "",
                "",
                0,
                "left out: the entry has problems (see the validation errors)");
    }

    /**
     * The outcomes of a resumed run: every entry of the run's earlier parts, in their order, with the users the
     * resume re-planned replaced by their new outcome.
     */
    static List<UserOutcome> merge(List<UserOutcome> earlier, List<UserOutcome> resumed) {
        Map<String, UserOutcome> now = new HashMap<>();
        resumed.stream().filter(u -> !u.userId().isEmpty()).forEach(u -> now.put(u.userId(), u));
        List<UserOutcome> out = new ArrayList<>(earlier.size());
        for (UserOutcome u : earlier) {
            out.add(u.userId().isEmpty() ? u : now.getOrDefault(u.userId(), u));
        }
        return out;
    }

    private static String lines(UserPlan plan) {
        if (plan == null) {
            return "";
        }
        return plan.changes().stream().map(Change::describe).collect(Collectors.joining("; "));
    }

    /** The values before (or after) the change, e.g. {@code skill Billing 3; queue VIP}. */
    private static String side(UserPlan plan, boolean before) {
        List<String> parts = new ArrayList<>();
        for (Change c : plan.changes()) {
            boolean present = before
                    ? c.kind() == Change.Kind.UPDATE || c.kind() == Change.Kind.REMOVE
                    : c.kind() == Change.Kind.UPDATE || c.kind() == Change.Kind.ADD;
            if (!present) {
                continue;
            }
            String value = before ? c.before() : c.after();
            parts.add((c.what() + " " + c.name() + " " + value)
                    .replaceAll("\\s+", " ")
                    .trim());
        }
        return String.join("; ", parts);
    }

    private OutcomeBuilder() {}
}
