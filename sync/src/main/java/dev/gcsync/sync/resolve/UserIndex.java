package dev.gcsync.sync.resolve;

import dev.gcsync.sync.desired.NameSuggestions;
import dev.gcsync.sync.desired.Ref;
import dev.gcsync.sync.desired.UserKey;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.problem.Problems;
import dev.gcsync.sync.tree.Pos;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Finds org users by email, username or id (emails and usernames ignoring case). */
final class UserIndex {
    private final Map<String, OrgUser> byEmail = new HashMap<>();
    private final Map<String, OrgUser> byUsername = new HashMap<>();
    private final Map<String, OrgUser> byId = new HashMap<>();

    UserIndex(Collection<OrgUser> users) {
        for (OrgUser u : users) {
            byId.put(u.id(), u);
            if (u.email() != null) {
                byEmail.put(u.email().toLowerCase(Locale.ROOT), u);
            }
            if (u.username() != null) {
                byUsername.put(u.username().toLowerCase(Locale.ROOT), u);
            }
        }
    }

    OrgUser find(UserKey key, Pos pos, Problems problems) {
        Map<String, OrgUser> index = switch (key.kind()) {
            case EMAIL -> byEmail;
            case USERNAME -> byUsername;
            case ID -> byId;
        };
        OrgUser user = index.get(key.normalized());
        if (user == null) {
            String close = switch (key.kind()) {
                case ID -> "";
                case EMAIL -> NameSuggestions.closestEmail(key.value(), index.keySet(), 3);
                case USERNAME -> NameSuggestions.closest(key.value(), index.keySet(), 3);
            };
            problems.add(pos, key.kind().field(), key.value(), "no such user in the org (gcsync never creates users)",
                    close.isEmpty() ? "Check the " + key.kind().field() + " in Genesys Cloud"
                            : "Did you mean " + close + "?");
        }
        return user;
    }

    OrgUser findManager(Ref manager, Problems problems) {
        OrgUser user = byEmail.get(manager.name().trim().toLowerCase(Locale.ROOT));
        if (user == null) {
            String close = NameSuggestions.closestEmail(manager.name(), byEmail.keySet(), 3);
            problems.add(manager.pos(), "manager", manager.name(), "no user with this email in the org",
                    close.isEmpty() ? "Give the manager's email as in Genesys Cloud" : "Did you mean " + close + "?");
        }
        return user;
    }
}
