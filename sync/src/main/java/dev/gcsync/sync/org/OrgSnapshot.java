package dev.gcsync.sync.org;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the org looks like at the start of a run, as far as the desired state needs to know.
 *
 * @param users every user, by id
 * @param members for each queue read, its members (user id → how); queues not read are absent
 * @param queueWrapupCodes for each queue read, its wrap-up code ids; queues not read are absent
 */
public record OrgSnapshot(
        Catalogue catalogue,
        Map<String, OrgUser> users,
        Map<String, Map<String, Membership>> members,
        Map<String, Set<String>> queueWrapupCodes) {

    public OrgSnapshot {
        users = Map.copyOf(users);
        members = Map.copyOf(members);
        queueWrapupCodes = Map.copyOf(queueWrapupCodes);
    }

    /** One user's memberships: queue id → how, over the queues read (a scan of them: no index kept). */
    public Map<String, Membership> membershipsOf(String userId) {
        Map<String, Membership> out = new HashMap<>();
        members.forEach((queue, byUser) -> {
            Membership how = byUser.get(userId);
            if (how != null) {
                out.put(queue, how);
            }
        });
        return out;
    }
}
