package dev.gcsync.sync.engine;

import dev.gcsync.sync.desired.Facet;
import dev.gcsync.sync.desired.FacetMode;
import dev.gcsync.sync.intern.Interner;
import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.Membership;
import dev.gcsync.sync.org.NamedId;
import dev.gcsync.sync.org.OrgReader;
import dev.gcsync.sync.org.OrgSnapshot;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.org.UserState;
import dev.gcsync.sync.resolve.ResolvedQueue;
import dev.gcsync.sync.resolve.ResolvedState;
import dev.gcsync.sync.resolve.ResolvedUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads the org the cheap way: users in pages with their skills and languages expanded (one-by-one
 * reads only where an expansion came back missing, and only for listed users), and the members and
 * wrap-up codes of just the queues the desired state involves (every queue when queue membership is
 * authoritative, since a user may have to leave any of them).
 */
final class SnapshotReader {
    private final OrgReader api;
    private final Consumer<String> progress;
    private final int parallelism;

    /** @param parallelism queues (and one-by-one users) read at once; the governor paces every request */
    SnapshotReader(OrgReader api, Consumer<String> progress, int parallelism) {
        this.api = api;
        this.progress = progress;
        this.parallelism = parallelism;
    }

    Map<String, OrgUser> readUsers() {
        return readUsers(id -> true).kept();
    }

    /** Users read: those kept, and how many the org has. */
    record Users(Map<String, OrgUser> kept, int seen) {}

    /** Reads every user page but keeps only the users {@code keep} accepts (verify needs only the changed ones). */
    Users readUsers(Predicate<String> keep) {
        Map<String, OrgUser> users = new HashMap<>();
        Interner shared = new Interner();
        int[] seen = {0};
        api.forEachUser(UserState.ACTIVE, progress, u -> {
            if (keep.test(u.id())) {
                users.put(u.id(), u.sharing(shared));
            }
            if (++seen[0] % 10_000 == 0) {
                progress.accept("read " + seen[0] + " users");
            }
        });
        return new Users(users, seen[0]);
    }

    /**
     * Reads every user page but keeps only {@code ids}; those the listing of active users did not return
     * (inactive users a file includes) are read one by one.
     */
    Users readUsers(Set<String> ids) {
        Users listed = readUsers(ids::contains);
        Map<String, OrgUser> kept = new HashMap<>(listed.kept());
        kept.putAll(readMissing(ids, kept));
        return new Users(kept, listed.seen());
    }

    /** The users of {@code ids} that {@code have} lacks, read one by one (several at a time). */
    Map<String, OrgUser> readMissing(Collection<String> ids, Map<String, OrgUser> have) {
        List<String> missing =
                ids.stream().filter(id -> !have.containsKey(id)).distinct().toList();
        return ParallelReads.read(missing, parallelism, api::readUser);
    }

    /** Completes the snapshot for {@code desired}: missing expansions, queue members, wrap-up codes. */
    OrgSnapshot complete(Catalogue catalogue, Map<String, OrgUser> users, ResolvedState desired) {
        return complete(catalogue, users, desired, queuesToRead(catalogue, desired));
    }

    /** As {@link #complete(Catalogue, Map, ResolvedState)}, reading the members of {@code queues} only (verify). */
    OrgSnapshot complete(Catalogue catalogue, Map<String, OrgUser> users, ResolvedState desired, Set<String> queues) {
        List<String> unexpanded = new ArrayList<>();
        for (ResolvedUser u : desired.users()) {
            OrgUser have = users.get(u.userId());
            if (have != null && !have.expansionsComplete() && (u.skills() != null || u.languages() != null)) {
                unexpanded.add(u.userId());
            }
        }
        // Copied only when something changes: the snapshot copies the users again (100,000 in S4).
        Map<String, OrgUser> complete = users;
        if (!unexpanded.isEmpty()) {
            complete = new HashMap<>(users);
            complete.putAll(ParallelReads.read(unexpanded, parallelism, api::readUser));
            progress.accept("read " + unexpanded.size()
                    + " users one by one (their listing came back without skills or languages)");
        }
        Map<String, Map<String, Membership>> members = ParallelReads.read(queues, parallelism, api::readMembers);
        List<String> managed =
                desired.queues().stream().map(ResolvedQueue::queueId).toList();
        Map<String, Set<String>> wrapupCodes = ParallelReads.read(managed, parallelism, api::readQueueWrapupCodes);
        return new OrgSnapshot(catalogue, complete, members, wrapupCodes);
    }

    private static Set<String> queuesToRead(Catalogue catalogue, ResolvedState desired) {
        boolean anyQueues = desired.users().stream().anyMatch(u -> u.queues() != null);
        if (!anyQueues) {
            return Set.of();
        }
        if (desired.modes().of(Facet.QUEUES) == FacetMode.AUTHORITATIVE) {
            Set<String> all = new TreeSet<>();
            catalogue.queues().stream().map(NamedId::id).forEach(all::add);
            return all;
        }
        Set<String> named = new TreeSet<>();
        desired.users().stream()
                .map(ResolvedUser::queues)
                .filter(Objects::nonNull)
                .forEach(named::addAll);
        return named;
    }
}
