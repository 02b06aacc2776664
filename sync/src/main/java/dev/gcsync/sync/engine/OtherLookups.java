package dev.gcsync.sync.engine;

import dev.gcsync.sync.org.OrgReadException;
import dev.gcsync.sync.org.OrgReader;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.org.UserState;
import dev.gcsync.sync.resolve.OtherUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The reads that tell a name that is wrong from a name the org hides: inactive and deleted users, and where the
 * client may view users and queues. Each is made only when the resolver meets a name that is not an active user
 * (or not in the catalogue), so a file whose names all resolve costs nothing more.
 */
final class OtherLookups {
    private final OrgReader api;
    private final Consumer<String> log;

    OtherLookups(OrgReader api, Consumer<String> log) {
        this.api = api;
        this.log = log;
    }

    /** The other users and grants, each read on first use. */
    OtherUsers lazy() {
        return OtherUsers.lazy(
                () -> {
                    log.accept(
                            "some users or managers of the file are not active users of the org: reading the inactive"
                                    + " and deleted users");
                    return read(UserState.INACTIVE);
                },
                () -> read(UserState.DELETED),
                () -> api.grants(Set.of("directory:user:view", "routing:queue:view")));
    }

    /** Every user in {@code state}; none (with a line in the log) when the org will not list them. */
    List<OrgUser> read(UserState state) {
        List<OrgUser> into = new ArrayList<>();
        try {
            api.forEachUser(state, log, into::add);
        } catch (OrgReadException e) {
            if (e.stopped()) {
                throw e;
            }
            log.accept("could not read the " + state.word() + " users (" + e.getMessage() + "); names of such users"
                    + " are reported as unknown");
            into.clear();
        }
        return into;
    }
}
