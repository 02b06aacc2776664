package dev.gcsync.emulator.store;

import dev.gcsync.emulator.EmulatorClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The in-memory org. Thread safety: the org is one immutable-shaped {@link Org} swapped whole by
 * {@link #replace}; users are replaced record by record in a concurrent map (compare-and-set per user);
 * queues synchronize on themselves. Reads never lock the store.
 */
public final class Store {
    private final EmulatorClock clock;
    private volatile Org org;

    public Store(StateSnapshot initial, EmulatorClock clock) {
        this.clock = clock;
        this.org = new Org(initial);
    }

    /** Replaces the whole state (admin import). */
    public void replace(StateSnapshot state) {
        org = new Org(state);
    }

    /** The whole state, with membership writes still lagging applied. */
    public StateSnapshot export() {
        Org o = org;
        List<QueueState> queues = new ArrayList<>();
        for (QueueState q : o.queues.all()) {
            queues.add(o.runtimes.get(q.id()).export());
        }
        List<UserRecord> users = new ArrayList<>(o.userOrder.size());
        for (String id : o.userOrder) {
            users.add(o.users.get(id));
        }
        return new StateSnapshot(
                o.divisions.all(),
                o.skills.all(),
                o.languages.all(),
                o.wrapupCodes.all(),
                o.groups.all(),
                queues,
                users);
    }

    /** The skills the catalogue lists: deleted ones are left out (users may still hold them). */
    public List<Entity> skills() {
        return org.skills.all().stream().filter(Entity::active).toList();
    }

    /** The languages the catalogue lists: deleted ones are left out (users may still hold them). */
    public List<Entity> languages() {
        return org.languages.all().stream().filter(Entity::active).toList();
    }

    /** Whether {@code id} is a skill that may be assigned (it exists and is not deleted). */
    public boolean assignableSkill(String id) {
        return org.skills.find(id).filter(Entity::active).isPresent();
    }

    /** Whether {@code id} is a language that may be assigned (it exists and is not deleted). */
    public boolean assignableLanguage(String id) {
        return org.languages.find(id).filter(Entity::active).isPresent();
    }

    public List<Entity> wrapupCodes() {
        return org.wrapupCodes.all();
    }

    public List<QueueState> queues() {
        return org.queues.all();
    }

    public Optional<Entity> skill(String id) {
        return org.skills.find(id);
    }

    public Optional<Entity> language(String id) {
        return org.languages.find(id);
    }

    public Optional<Entity> wrapupCode(String id) {
        return org.wrapupCodes.find(id);
    }

    public List<Entity> divisions() {
        return org.divisions.all();
    }

    public Optional<Entity> division(String id) {
        return org.divisions.find(id);
    }

    public int userCount() {
        return org.userOrder.size();
    }

    /** Users {@code from} (0-based) to {@code from + count}, in the org's stable order. */
    public List<UserRecord> users(int from, int count) {
        Org o = org;
        int end = Math.min(o.userOrder.size(), from + count);
        List<UserRecord> out = new ArrayList<>(Math.max(0, end - from));
        for (int i = from; i < end; i++) {
            out.add(o.users.get(o.userOrder.get(i)));
        }
        return out;
    }

    /** One page of the users {@code filter} accepts, and how many it accepts in all. */
    public record Matching(List<UserRecord> users, int total) {}

    /**
     * Skips the first {@code skip} users {@code filter} accepts, returns the next {@code count}, and counts
     * every accepted user; {@code descending} walks the org's order backwards.
     */
    public Matching matchingUsers(Predicate<UserRecord> filter, int skip, int count, boolean descending) {
        Org o = org;
        int n = o.userOrder.size();
        List<UserRecord> out = new ArrayList<>(Math.min(count, n));
        int total = 0;
        for (int k = 0; k < n; k++) {
            UserRecord u = o.users.get(o.userOrder.get(descending ? n - 1 - k : k));
            if (filter.test(u)) {
                if (total >= skip && out.size() < count) {
                    out.add(u);
                }
                total++;
            }
        }
        return new Matching(out, total);
    }

    /** A cursor step: up to {@code count} accepted users from position {@code from}, and where to go on (-1: end). */
    public record Scan(List<UserRecord> users, int next) {}

    public Scan scanUsers(Predicate<UserRecord> filter, int from, int count) {
        Org o = org;
        int n = o.userOrder.size();
        List<UserRecord> out = new ArrayList<>(Math.min(count, n));
        int i = from;
        for (; i < n && out.size() < count; i++) {
            UserRecord u = o.users.get(o.userOrder.get(i));
            if (filter.test(u)) {
                out.add(u);
            }
        }
        while (i < n && !filter.test(o.users.get(o.userOrder.get(i)))) {
            i++;
        }
        return new Scan(out, i < n ? i : -1);
    }

    public Optional<UserRecord> findUser(String id) {
        return Optional.ofNullable(id == null ? null : org.users.get(id));
    }

    public UserRecord user(String id) {
        return findUser(id).orElseThrow(() -> StoreException.notFound("user", id));
    }

    /** Atomically replaces one user with {@code change(current)}; the change may throw a StoreException. */
    public UserRecord updateUser(String id, UnaryOperator<UserRecord> change) {
        UserRecord updated = org.users.computeIfPresent(id, (k, current) -> change.apply(current));
        if (updated == null) {
            throw StoreException.notFound("user", id);
        }
        return updated;
    }

    public QueueState queue(String id) {
        return runtime(id).info();
    }

    public List<QueueMember> queueMembers(String queueId) {
        Org o = org;
        QueueRuntime q = runtime(o, queueId);
        List<GroupState> groups =
                q.groups().stream().flatMap(g -> o.groups.find(g).stream()).toList();
        return q.visibleMembers(clock.currentMillis(), groups);
    }

    /** Adds or removes direct members; the change shows in reads after {@code readLag}. */
    public void changeMembers(String queueId, List<String> userIds, boolean add, Duration readLag) {
        Org o = org;
        QueueRuntime q = runtime(o, queueId);
        for (String userId : userIds) {
            if (!o.users.containsKey(userId)) {
                throw StoreException.notFound("user", userId);
            }
            if (!add && !q.isDirectMember(userId) && inGroupOf(o, q, userId)) {
                throw new StoreException(
                        StoreException.Kind.INVALID,
                        userId,
                        "user " + userId + " is a member of queue " + queueId
                                + " through a group and cannot be removed individually");
            }
        }
        long now = clock.currentMillis();
        q.changeMembers(userIds, add, now + readLag.toMillis(), now);
    }

    public List<String> queueWrapupCodes(String queueId) {
        return runtime(queueId).wrapupCodes();
    }

    public void addQueueWrapupCodes(String queueId, List<String> codeIds) {
        Org o = org;
        QueueRuntime q = runtime(o, queueId);
        for (String codeId : codeIds) {
            if (!o.wrapupCodes.contains(codeId)) {
                throw StoreException.notFound("wrap-up code", codeId);
            }
        }
        q.addWrapupCodes(codeIds);
    }

    /** Removes a wrap-up code from a queue; false when it was not attached. */
    public boolean removeQueueWrapupCode(String queueId, String codeId) {
        return runtime(queueId).removeWrapupCode(codeId);
    }

    private boolean inGroupOf(Org o, QueueRuntime q, String userId) {
        return q.groups().stream().flatMap(g -> o.groups.find(g).stream()).anyMatch(g -> g.members()
                .contains(userId));
    }

    private QueueRuntime runtime(String queueId) {
        return runtime(org, queueId);
    }

    private static QueueRuntime runtime(Org o, String queueId) {
        QueueRuntime q = queueId == null ? null : o.runtimes.get(queueId);
        if (q == null) {
            throw StoreException.notFound("queue", queueId);
        }
        return q;
    }
}
