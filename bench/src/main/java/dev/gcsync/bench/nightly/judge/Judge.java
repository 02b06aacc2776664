package dev.gcsync.bench.nightly.judge;

import dev.gcsync.bench.nightly.scenario.Desired;
import dev.gcsync.bench.nightly.scenario.QueueWant;
import dev.gcsync.bench.nightly.scenario.UserWant;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges a run from the emulator alone: its counters (requests, 429s, writes applied more than once) and
 * its final exported state compared with the desired state. A contender's own report is never read.
 */
public final class Judge {
    private static final double SAME = 1e-9;

    private Judge() {}

    public static Verdict judge(Desired desired, StateSnapshot finalState, CountersSnapshot counters) {
        Map<String, UserRecord> users = new HashMap<>(finalState.users().size() * 2);
        finalState.users().forEach(u -> users.put(u.id(), u));
        Map<String, QueueState> queues = new HashMap<>();
        finalState.queues().forEach(q -> queues.put(q.id(), q));
        Map<String, Set<String>> members = new HashMap<>();
        finalState.queues().forEach(q -> members.put(q.id(), new HashSet<>(q.members())));
        long toChange = 0;
        long converged = 0;
        for (UserWant want : desired.users()) {
            if (want.changes()) {
                toChange++;
                converged += matches(want, users.get(want.id()), members) ? 1 : 0;
            }
        }
        long queuesConverged = desired.queues().stream()
                .filter(q -> queues.containsKey(q.id())
                        && sameCodes(q, queues.get(q.id()).wrapupCodes()))
                .count();
        long twice = counters.writes().values().stream().filter(n -> n > 1).count();
        return new Verdict(
                counters.requests(),
                counters.throttled(),
                converged,
                toChange,
                queuesConverged,
                desired.queues().size(),
                twice);
    }

    static boolean matches(UserWant want, UserRecord user, Map<String, Set<String>> members) {
        if (user == null) {
            return false;
        }
        Map<String, Double> has = new HashMap<>();
        for (Assignment a : user.skills()) {
            has.put(a.id(), a.proficiency());
        }
        for (Map.Entry<String, Double> skill : want.skills().entrySet()) {
            Double p = has.get(skill.getKey());
            if (p == null || Math.abs(p - skill.getValue()) > SAME) {
                return false;
            }
        }
        return want.queues().stream()
                .allMatch(q -> members.getOrDefault(q, Set.of()).contains(want.id()));
    }

    private static boolean sameCodes(QueueWant want, List<String> has) {
        return new HashSet<>(has).equals(new HashSet<>(want.codes()));
    }
}
