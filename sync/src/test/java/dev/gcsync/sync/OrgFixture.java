package dev.gcsync.sync;

import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.Membership;
import dev.gcsync.sync.org.NamedId;
import dev.gcsync.sync.org.OrgSnapshot;
import dev.gcsync.sync.org.OrgUser;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small org as plain values, for tests of the pure parts (resolve, plan). */
public final class OrgFixture {
    public final Catalogue catalogue = new Catalogue(
            List.of(
                    new NamedId("s-billing", "Billing"),
                    new NamedId("s-spanish", "Spanish Support"),
                    new NamedId("s-tech", "Tech Support")),
            List.of(new NamedId("l-en", "English"), new NamedId("l-es", "Spanish")),
            List.of(
                    new NamedId("q-bill", "Billing Tier 1"),
                    new NamedId("q-es", "Spanish Line"),
                    new NamedId("q-vip", "VIP")),
            List.of(
                    new NamedId("w-res", "Resolved"),
                    new NamedId("w-esc", "Escalated"),
                    new NamedId("w-cb", "Callback")));
    public final Map<String, OrgUser> users = new LinkedHashMap<>();
    public final Map<String, Map<String, Membership>> members = new HashMap<>();
    public final Map<String, Set<String>> wrapupCodes = new HashMap<>();

    public OrgFixture() {
        user("u-ana", "ana@example.com", Map.of("s-billing", 3.0, "s-tech", 2.0), Map.of("l-en", 5.0, "l-es", 2.0));
        user("u-bob", "bob@example.com", Map.of(), Map.of());
        user("u-boss", "boss@example.com", Map.of(), Map.of());
        for (String q : List.of("q-bill", "q-es", "q-vip")) {
            members.put(q, new HashMap<>());
        }
        members.get("q-vip").put("u-ana", Membership.DIRECT);
        members.get("q-es").put("u-ana", Membership.GROUP);
        wrapupCodes.put("q-bill", Set.of("w-res", "w-cb"));
    }

    public OrgFixture user(String id, String email, Map<String, Double> skills, Map<String, Double> languages) {
        users.put(id, new OrgUser(id, email, email, email, "Agent", "Sales", null, 7, skills, languages));
        return this;
    }

    public OrgSnapshot snapshot() {
        return new OrgSnapshot(catalogue, users, members, wrapupCodes);
    }
}
