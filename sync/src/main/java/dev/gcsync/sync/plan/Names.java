package dev.gcsync.sync.plan;

import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.NamedId;
import dev.gcsync.sync.org.OrgUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Id → name lookups for readable diffs; an unknown id is shown as itself. */
public final class Names {
    private final Map<String, String> skills;
    private final Map<String, String> languages;
    private final Map<String, String> queues;
    private final Map<String, String> wrapupCodes;
    private final Map<String, OrgUser> users;

    public Names(Catalogue catalogue, Map<String, OrgUser> users) {
        this.skills = index(catalogue.skills());
        this.languages = index(catalogue.languages());
        this.queues = index(catalogue.queues());
        this.wrapupCodes = index(catalogue.wrapupCodes());
        this.users = users;
    }

    private static Map<String, String> index(List<NamedId> entries) {
        Map<String, String> m = new HashMap<>();
        entries.forEach(e -> m.put(e.id(), e.name()));
        return m;
    }

    public String skill(String id) {
        return skills.getOrDefault(id, id);
    }

    public String language(String id) {
        return languages.getOrDefault(id, id);
    }

    public String queue(String id) {
        return queues.getOrDefault(id, id);
    }

    public String wrapupCode(String id) {
        return wrapupCodes.getOrDefault(id, id);
    }

    /** A user as people know them: email when there is one. */
    public String user(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        OrgUser u = users.get(id);
        return u == null ? id : u.email() != null ? u.email() : u.name();
    }
}
