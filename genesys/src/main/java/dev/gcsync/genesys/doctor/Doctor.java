package dev.gcsync.genesys.doctor;

import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.GenesysException;
import dev.gcsync.genesys.Permission;
import dev.gcsync.genesys.limits.OrgLimitDocs;
import dev.gcsync.genesys.model.CatalogueEntry;
import dev.gcsync.governor.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks that an org can be synced: the login host answers, the credentials are accepted, every endpoint
 * family the sync uses can be read (harmless reads), and what the org's limits are. Stops at the first
 * failure that makes the rest meaningless (unreachable, bad credentials).
 */
public final class Doctor {
    private final GenesysClient client;
    private final ClientSettings settings;
    private final List<DoctorReport.Check> checks = new ArrayList<>();

    public Doctor(GenesysClient client, ClientSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public DoctorReport run() {
        boolean authenticated = check("credentials", "POST /oauth/token", () -> {
            client.authenticate();
            return "accepted for client id '" + settings.clientId() + "'";
        });
        if (!authenticated) {
            return report(OrgLimitDocs.NONE);
        }
        OrgLimitDocs[] documented = {OrgLimitDocs.NONE};
        check("org limits", "GET /api/v2/organizations/limits/namespaces/{name}, /limits/docs", () -> {
            documented[0] = client.readLimits();
            return count(documented[0].entries().size(), "limit") + ", "
                    + count(documented[0].rules().size(), "rate limit") + " paced from the first request"
                    + (documented[0].notMapped().isEmpty()
                            ? ""
                            : ", " + documented[0].notMapped().size()
                                    + " documented without the requests they count (not paced)");
        });
        String[] userId = new String[1];
        check("read users", "GET /api/v2/users", () -> {
            var page = client.usersPage(1, 1, Set.of("skills", "languages"));
            userId[0] =
                    page.entities().isEmpty() ? null : page.entities().get(0).id();
            return page.total() == null ? "? users" : count(page.total(), "user");
        });
        if (userId[0] != null) {
            check(
                    "read user skills",
                    "GET /api/v2/users/{id}/routingskills",
                    () -> count(client.userSkills(userId[0]).size(), "skill") + " on a sample user");
            check(
                    "read user languages",
                    "GET /api/v2/users/{id}/routinglanguages",
                    () -> count(client.userLanguages(userId[0]).size(), "language") + " on a sample user");
        }
        check(
                "read skills",
                "GET /api/v2/routing/skills",
                () -> count(client.skills().size(), "skill"));
        check(
                "read languages",
                "GET /api/v2/routing/languages",
                () -> count(client.languages().size(), "language"));
        check(
                "read wrap-up codes",
                "GET /api/v2/routing/wrapupcodes",
                () -> count(client.wrapupCodes().size(), "wrap-up code"));
        List<CatalogueEntry> queues = new ArrayList<>();
        check("read queues", "GET /api/v2/routing/queues", () -> {
            queues.addAll(client.queues(Optional.empty()));
            return count(queues.size(), "queue");
        });
        if (!queues.isEmpty()) {
            String q = queues.get(0).id();
            check(
                    "read queue members",
                    "GET /api/v2/routing/queues/{id}/members",
                    () -> count(client.queueMembers(q, Optional.empty()).size(), "member") + " in a sample queue");
            check(
                    "read queue wrap-up codes",
                    "GET /api/v2/routing/queues/{id}/wrapupcodes",
                    () -> count(client.queueWrapupCodes(q).size(), "code") + " on a sample queue");
        }
        permissions();
        return report(documented[0]);
    }

    /**
     * What the client may do: the org's divisions, then for each permission a sync needs, the divisions where
     * the client holds it — ok in every division, ok but limited to some, or missing.
     */
    private void permissions() {
        List<CatalogueEntry> divisions = new ArrayList<>();
        try {
            divisions.addAll(client.divisions());
            checks.add(new DoctorReport.Check(
                    "divisions",
                    "GET /api/v2/authorization/divisions",
                    true,
                    divisions.size() + " divisions: " + names(divisions)));
        } catch (GenesysException e) {
            // Not a sync read: an org that will not say leaves the permissions unchecked, not the doctor failed.
            checks.add(new DoctorReport.Check(
                    "permissions",
                    "GET /api/v2/authorization/divisions",
                    true,
                    "not checked: " + explain(e) + "; a missing permission will show as 403 on the requests"
                            + " that need it"));
            return;
        }
        for (Permission p : Permission.values()) {
            String call = "GET /api/v2/authorization/divisionspermitted/me?permission=" + p.value();
            try {
                List<CatalogueEntry> permitted = client.divisionsPermitted(p.value());
                boolean substitute = permitted.isEmpty()
                        && p.alternatives().stream().anyMatch(a -> !client.divisionsPermitted(a.value())
                                .isEmpty());
                checks.add(new DoctorReport.Check(
                        "permission " + p.value(),
                        call,
                        !permitted.isEmpty() || substitute,
                        permissionDetail(p, permitted, divisions.size(), substitute)));
            } catch (GenesysException e) {
                checks.add(new DoctorReport.Check("permission " + p.value(), call, true, "not checked: " + explain(e)));
            }
        }
    }

    static String permissionDetail(Permission p, List<CatalogueEntry> permitted, int divisions, boolean substitute) {
        if (permitted.isEmpty()) {
            return substitute
                    ? "missing, but " + p.alternatives().get(0).value() + " stands in for it"
                    : "MISSING: needed to " + p.purpose() + "; add it to a role of the OAuth client";
        }
        if (permitted.size() >= divisions) {
            // not in brackets: a purpose may hold its own ("(or routing:queue:edit)")
            return "all " + divisions + " divisions, to " + p.purpose();
        }
        String limited = "only in " + permitted.size() + " of " + divisions + " divisions (" + names(permitted)
                + "): users and queues elsewhere are out of reach";
        return p == Permission.USER_VIEW
                ? limited + "; beyond 10,000 users gcsync cannot use /users/query and" + " reads at most 20,000"
                : limited;
    }

    /** "1 language", "2 languages". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String names(List<CatalogueEntry> entries) {
        return String.join(", ", entries.stream().map(CatalogueEntry::name).toList());
    }

    private DoctorReport report(OrgLimitDocs documented) {
        return new DoctorReport(
                settings.apiBase(),
                settings.loginBase(),
                checks,
                documented.entries(),
                documented.tokenRatePerMinute(),
                settings.governor().maxConcurrency(),
                documented,
                settings.governor().budgetShare(),
                settings.tokens());
    }

    private boolean check(String name, String call, Supplier<String> action) {
        try {
            checks.add(new DoctorReport.Check(name, call, true, action.get()));
            return true;
        } catch (GenesysException e) {
            checks.add(new DoctorReport.Check(name, call, false, explain(e)));
            return false;
        }
    }

    /** What went wrong, in the words an operator can act on. */
    static String explain(GenesysException e) {
        String says = e.serverMessage().map(m -> " (Genesys says: " + m + ")").orElse("");
        String id = e.correlationId().map(c -> " [correlation id " + c + "]").orElse("");
        if (e.status() == 0 && e.outcome() == Outcome.FAILED) {
            return e.serverMessage().orElse("no answer") + ": check the region or URLs and the network";
        }
        if (e.call().endsWith("/oauth/token") && e.outcome() == Outcome.UNAUTHORIZED) {
            return "bad credentials: " + e.serverMessage().orElse("refused") + id;
        }
        return switch (e.status()) {
            case 401 -> "the API refused the token" + says + id;
            case 403 -> "missing permission for " + e.call() + says + id;
            case 404 -> "not found: " + e.call() + " (wrong --api-url?)" + says + id;
            default -> e.getMessage();
        };
    }
}
