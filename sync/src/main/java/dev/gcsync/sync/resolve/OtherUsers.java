package dev.gcsync.sync.resolve;

import dev.gcsync.sync.org.Grants;
import dev.gcsync.sync.org.OrgUser;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the resolver may learn beyond the active users it was given: the org's inactive and deleted users, and
 * where the client may view users and queues (to tell "in a division this client cannot see" from a typo).
 * Each is read at most once, and only when a name did not match an active user or a catalogue entry: a file
 * whose names all resolve costs no extra request. Thread-safe (each read is memoised under this object's lock).
 */
public final class OtherUsers {
    private final Supplier<Collection<OrgUser>> readInactive;
    private final Supplier<Collection<OrgUser>> readDeleted;
    private final Supplier<Optional<Grants>> readGrants;
    private UserIndex inactive;
    private UserIndex deleted;
    private Optional<Grants> grants;

    private OtherUsers(
            Supplier<Collection<OrgUser>> inactive,
            Supplier<Collection<OrgUser>> deleted,
            Supplier<Optional<Grants>> grants) {
        this.readInactive = inactive;
        this.readDeleted = deleted;
        this.readGrants = grants;
    }

    /** Read on demand through the suppliers (each called at most once). */
    public static OtherUsers lazy(
            Supplier<Collection<OrgUser>> inactive,
            Supplier<Collection<OrgUser>> deleted,
            Supplier<Optional<Grants>> grants) {
        return new OtherUsers(inactive, deleted, grants);
    }

    /** Already known. */
    public static OtherUsers known(Collection<OrgUser> inactive, Collection<OrgUser> deleted, Optional<Grants> grants) {
        List<OrgUser> in = List.copyOf(inactive);
        List<OrgUser> del = List.copyOf(deleted);
        return new OtherUsers(() -> in, () -> del, () -> grants);
    }

    public static OtherUsers none() {
        return known(List.of(), List.of(), Optional.empty());
    }

    synchronized UserIndex inactive() {
        if (inactive == null) {
            inactive = new UserIndex(readInactive.get());
        }
        return inactive;
    }

    synchronized UserIndex deleted() {
        if (deleted == null) {
            deleted = new UserIndex(readDeleted.get());
        }
        return deleted;
    }

    /** The inactive users, when something made the resolver read them; else empty (nothing was read). */
    public synchronized Collection<OrgUser> inactiveRead() {
        return inactive == null ? List.of() : inactive.all();
    }

    private synchronized Optional<Grants> grants() {
        if (grants == null) {
            grants = readGrants.get();
        }
        return grants;
    }

    /** The hint for a name not found, when the client sees {@code permission} in only some divisions; else "". */
    String outOfReach(String permission, String what) {
        Optional<Grants> g = grants();
        if (g.isEmpty() || g.get().everywhere(permission)) {
            return "";
        }
        return "This OAuth client sees " + what + " only in the divisions "
                + g.get().describeWhere(permission) + ": it may be in another division (grant " + permission
                + " there)";
    }
}
