package dev.gcsync.sync.resolve;

import dev.gcsync.sync.org.Grants;
import dev.gcsync.sync.org.OrgUser;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the resolver knows beyond the active users it can see: the org's inactive and deleted users (read only
 * when a name did not match an active user), and where the client may view users and queues (to tell "in a
 * division this client cannot see" from a typo).
 */
public record OtherUsers(Collection<OrgUser> inactive, Collection<OrgUser> deleted, Optional<Grants> grants) {
    public OtherUsers {
        inactive = List.copyOf(inactive);
        deleted = List.copyOf(deleted);
    }

    public static OtherUsers none() {
        return new OtherUsers(List.of(), List.of(), Optional.empty());
    }

    /** The hint for a name not found, when the client sees {@code permission} in only some divisions; else "". */
    String outOfReach(String permission, String what) {
        if (grants.isEmpty() || grants.get().everywhere(permission)) {
            return "";
        }
        return "This OAuth client sees " + what + " only in the divisions " + grants.get().describeWhere(permission)
                + ": it may be in another division (grant " + permission + " there)";
    }
}
