package dev.gcsync.sync.resolve;

import dev.gcsync.sync.desired.NameSuggestions;
import dev.gcsync.sync.desired.Ref;
import dev.gcsync.sync.desired.UserKey;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.problem.Problems;
import dev.gcsync.sync.tree.Pos;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds org users by email, username or id (emails and usernames ignoring case). The index by username is built
 * on the first lookup that needs it: a file keyed by email never pays for it (100,000 entries). Thread-safe
 * (that one lazy index is built under this object's lock; everything else is fixed at construction).
 */
final class UserIndex {
    private final Map<String, OrgUser> byEmail = new HashMap<>();
    private final Map<String, OrgUser> byId;
    private final Collection<OrgUser> all;
    private Map<String, OrgUser> byUsername;

    UserIndex(Collection<OrgUser> users) {
        this.all = List.copyOf(users);
        this.byId = new HashMap<>();
        for (OrgUser u : users) {
            byId.put(u.id(), u);
        }
        indexEmails();
    }

    /** @param byId the users by id, used as they are (not copied): the caller no longer changes them */
    private UserIndex(Map<String, OrgUser> byId) {
        this.byId = byId;
        this.all = Collections.unmodifiableCollection(byId.values());
        indexEmails();
    }

    /** An index over {@code byId} (users keyed by their id) that shares that map instead of copying it. */
    static UserIndex byId(Map<String, OrgUser> byId) {
        return new UserIndex(byId);
    }

    private void indexEmails() {
        for (OrgUser u : all) {
            if (u.email() != null) {
                byEmail.put(u.email().toLowerCase(Locale.ROOT), u);
            }
        }
    }

    private synchronized Map<String, OrgUser> byUsername() {
        if (byUsername == null) {
            Map<String, OrgUser> index = new HashMap<>();
            for (OrgUser u : all) {
                if (u.username() != null) {
                    index.put(u.username().toLowerCase(Locale.ROOT), u);
                }
            }
            byUsername = index;
        }
        return byUsername;
    }

    Collection<OrgUser> all() {
        return all;
    }

    /** The user this key names, or null. */
    OrgUser lookup(UserKey key) {
        return index(key).get(key.normalized());
    }

    /** The user with this email (ignoring case and surrounding spaces), or null. */
    OrgUser lookupEmail(String email) {
        return byEmail.get(email.trim().toLowerCase(Locale.ROOT));
    }

    private Map<String, OrgUser> index(UserKey key) {
        return switch (key.kind()) {
            case EMAIL -> byEmail;
            case USERNAME -> byUsername();
            case ID -> byId;
        };
    }

    OrgUser find(UserKey key, Pos pos, Problems problems) {
        return find(key, pos, problems, "");
    }

    /** @param reach a hint that the user may be in a division the client cannot see, or "" */
    OrgUser find(UserKey key, Pos pos, Problems problems, String reach) {
        Map<String, OrgUser> index = index(key);
        OrgUser user = index.get(key.normalized());
        if (user == null) {
            String close =
                    switch (key.kind()) {
                        case ID -> "";
                        case EMAIL -> NameSuggestions.closestEmail(key.value(), index.keySet(), 3);
                        case USERNAME -> NameSuggestions.closest(key.value(), index.keySet(), 3);
                    };
            String hint = close.isEmpty()
                    ? "Check the " + key.kind().field() + " in Genesys Cloud"
                    : "Did you mean " + close + "?";
            problems.add(
                    pos,
                    key.kind().field(),
                    key.value(),
                    reach.isEmpty()
                            ? "no such user in the org (gcsync never creates users)"
                            : "no such user among those this OAuth client can see",
                    reach.isEmpty() ? hint : reach + ". " + hint);
        }
        return user;
    }

    OrgUser findManager(Ref manager, Problems problems) {
        return findManager(manager, problems, "");
    }

    OrgUser findManager(Ref manager, Problems problems, String reach) {
        OrgUser user = byEmail.get(manager.name().trim().toLowerCase(Locale.ROOT));
        if (user == null) {
            String close = NameSuggestions.closestEmail(manager.name(), byEmail.keySet(), 3);
            String hint =
                    close.isEmpty() ? "Give the manager's email as in Genesys Cloud" : "Did you mean " + close + "?";
            problems.add(
                    manager.pos(),
                    "manager",
                    manager.name(),
                    reach.isEmpty()
                            ? "no user with this email in the org"
                            : "no user with this email among those this OAuth client can see",
                    reach.isEmpty() ? hint : reach + ". " + hint);
        }
        return user;
    }
}
