package dev.gcsync.sync.engine;

import dev.gcsync.sync.desired.DesiredState;
import dev.gcsync.sync.org.Grants;
import dev.gcsync.sync.org.OrgApi;
import dev.gcsync.sync.org.OrgReadException;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.resolve.OtherUsers;
import dev.gcsync.sync.resolve.Resolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The reads that tell a name that is wrong from a name the org hides: inactive and deleted users (only when
 * the file names users or managers who are not active users), and where the client may view users and queues.
 * Done only when something did not resolve, so a clean run costs nothing more.
 */
final class OtherLookups {
    private final OrgApi api;
    private final Consumer<String> log;

    OtherLookups(OrgApi api, Consumer<String> log) {
        this.api = api;
        this.log = log;
    }

    OtherUsers read(DesiredState desired, Map<String, OrgUser> active) {
        List<OrgUser> inactive = new ArrayList<>();
        List<OrgUser> deleted = new ArrayList<>();
        if (Resolver.namesUnknownUsers(desired, active)) {
            log.accept("some users or managers of the file are not active users of the org: reading the inactive"
                    + " and deleted users");
            readState("inactive", inactive);
            readState("deleted", deleted);
        }
        Optional<Grants> grants = api.grants(Set.of("directory:user:view", "routing:queue:view"));
        return new OtherUsers(inactive, deleted, grants);
    }

    private void readState(String state, List<OrgUser> into) {
        try {
            api.forEachUser(state, log, into::add);
        } catch (OrgReadException e) {
            if (e.stopped()) {
                throw e;
            }
            log.accept("could not read the " + state + " users (" + e.getMessage() + "); names of such users are"
                    + " reported as unknown");
        }
    }
}
