package dev.gcsync.sync.engine;

import dev.gcsync.sync.org.OrgReader;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.org.UserState;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The managers of the exported users, by email. A manager who left (inactive) or was deleted still manages
 * people in a real org: such managers are looked up among the inactive and deleted users, read only when some
 * manager is not an active user. A manager the client cannot see at all is left out (the field is then left
 * alone when the export is planned) and the log says how many.
 */
final class Managers {
    private final OrgReader api;
    private final Consumer<String> log;

    Managers(OrgReader api, Consumer<String> log) {
        this.api = api;
        this.log = log;
    }

    /** User id → the email of that user's manager, for the users who have one that has an email. */
    Map<String, String> emails(Collection<OrgUser> users) {
        Map<String, String> emailById = new HashMap<>();
        users.forEach(u -> put(emailById, u));
        Set<String> missing = new HashSet<>();
        users.stream()
                .map(OrgUser::managerId)
                .filter(id -> id != null && !emailById.containsKey(id))
                .forEach(missing::add);
        if (!missing.isEmpty()) {
            log.accept(missing.size() + " managers are not active users: reading the inactive and deleted users");
            OtherLookups others = new OtherLookups(api, log);
            others.read(UserState.INACTIVE).forEach(u -> put(emailById, u));
            others.read(UserState.DELETED).forEach(u -> put(emailById, u));
        }
        Map<String, String> out = new HashMap<>();
        int unknown = 0;
        for (OrgUser u : users) {
            if (u.managerId() != null && emailById.containsKey(u.managerId())) {
                out.put(u.id(), emailById.get(u.managerId()));
            } else if (u.managerId() != null) {
                unknown++;
            }
        }
        if (unknown > 0) {
            log.accept(unknown + " users have a manager this OAuth client cannot see (or without an email): their"
                    + " manager is left out of the export");
        }
        return out;
    }

    private static void put(Map<String, String> emailById, OrgUser u) {
        if (u.email() != null && !u.email().isBlank()) {
            emailById.put(u.id(), u.email());
        }
    }
}
