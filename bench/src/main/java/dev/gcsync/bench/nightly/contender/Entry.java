package dev.gcsync.bench.nightly.contender;

import dev.gcsync.bench.nightly.scenario.Desired;
import dev.gcsync.bench.nightly.scenario.QueueWant;
import dev.gcsync.bench.nightly.scenario.UserWant;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes of one user (or one queue's wrap-up codes), in the order a script makes them. The baselines
 * are handed these: they read nothing and diff nothing — the most generous setting for them.
 *
 * @param key     user id or queue id
 * @param changes one call each
 */
public record Entry(String key, List<Change> changes) {
    public Entry {
        changes = List.copyOf(changes);
    }

    /** Every changing user in the file's order, then every queue whose wrap-up codes change. */
    public static List<Entry> delta(Desired desired) {
        List<Entry> out = new ArrayList<>();
        for (UserWant u : desired.users()) {
            List<Change> changes = new ArrayList<>(2);
            if (u.changedSkill() != null) {
                changes.add(
                        new Change.Skill(u.id(), u.changedSkill(), u.skills().get(u.changedSkill())));
            }
            if (u.joinQueue() != null) {
                changes.add(new Change.Join(u.joinQueue(), u.id()));
            }
            if (!changes.isEmpty()) {
                out.add(new Entry(u.id(), changes));
            }
        }
        for (QueueWant q : desired.queues()) {
            List<Change> changes = new ArrayList<>();
            q.add().forEach(c -> changes.add(new Change.CodeAdd(q.id(), c)));
            q.remove().forEach(c -> changes.add(new Change.CodeRemove(q.id(), c)));
            out.add(new Entry(q.id(), changes));
        }
        return out;
    }
}
