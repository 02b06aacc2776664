package dev.gcsync.sync.org.genesys;

import dev.gcsync.genesys.Call;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.GenesysException;
import dev.gcsync.genesys.model.CatalogueEntry;
import dev.gcsync.genesys.model.Proficiency;
import dev.gcsync.genesys.model.UpdateUser;
import dev.gcsync.genesys.model.User;
import dev.gcsync.genesys.model.UserRoutingLanguage;
import dev.gcsync.genesys.model.UserRoutingSkill;
import dev.gcsync.governor.GovernorMetrics;
import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.Confirmation;
import dev.gcsync.sync.org.Grants;
import dev.gcsync.sync.org.Membership;
import dev.gcsync.sync.org.NamedId;
import dev.gcsync.sync.org.OrgReadException;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.org.UserState;
import dev.gcsync.sync.org.WriteResult;
import dev.gcsync.sync.plan.Op;
import dev.gcsync.sync.plan.OrgApi;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@link OrgApi} over the typed Genesys client (and so through its rate governor). */
public final class GenesysOrgApi implements OrgApi {
    /** The largest page of {@code GET /api/v2/users} (assumed 500, genesys-api.md). */
    static final int USER_PAGE_SIZE = 500;

    private static final Set<String> EXPAND = Set.of("skills", "languages");

    private final GenesysClient client;
    private final String target;
    /** Deleted skills and languages seen on users read (id → name): only ever added to, by any thread. */
    private final Map<String, String> deletedSkills = new ConcurrentHashMap<>();

    private final Map<String, String> deletedLanguages = new ConcurrentHashMap<>();

    public GenesysOrgApi(GenesysClient client, String target) {
        this.client = client;
        this.target = target;
    }

    @Override
    public Catalogue readCatalogue() {
        return read(
                "read the catalogue",
                () -> new Catalogue(
                        named(client.skills()),
                        named(client.languages()),
                        named(client.queues(Optional.empty())),
                        named(client.wrapupCodes())));
    }

    @Override
    public void forEachUser(Consumer<OrgUser> sink) {
        read("read users", () -> {
            client.forEachUserPage(USER_PAGE_SIZE, EXPAND, page -> page.forEach(u -> sink.accept(orgUser(u))));
            return null;
        });
    }

    @Override
    public void forEachUser(UserState state, Consumer<String> notices, Consumer<OrgUser> sink) {
        dev.gcsync.genesys.UserState which = dev.gcsync.genesys.UserState.valueOf(state.name());
        read("read " + state.word() + " users", () -> {
            client.forEachUserPage(
                    USER_PAGE_SIZE, EXPAND, which, notices, page -> page.forEach(u -> sink.accept(orgUser(u))));
            return null;
        });
    }

    /** Asks {@code divisionspermitted/me} once per permission; empty when the org does not answer it (403, 404). */
    @Override
    public Optional<Grants> grants(Set<String> permissions) {
        try {
            List<NamedId> divisions = named(client.divisions());
            Map<String, List<NamedId>> permitted = new HashMap<>();
            for (String p : permissions) {
                permitted.put(p, named(client.divisionsPermitted(p)));
            }
            return Optional.of(new Grants(divisions, permitted));
        } catch (GenesysException e) {
            if (e.outcome().stopsRun()) {
                throw new OrgReadException(
                        "cannot read the client's permissions: " + e.getMessage(), e.outcome(), e.retryAt());
            }
            return Optional.empty();
        }
    }

    @Override
    public OrgUser readUser(String userId) {
        return read("read user " + userId, () -> {
            OrgUser user = orgUser(client.user(userId, EXPAND));
            if (user.expansionsComplete()) {
                return user;
            }
            Map<String, Double> skills = assigned(
                    client.userSkills(userId),
                    UserRoutingSkill::id,
                    UserRoutingSkill::state,
                    UserRoutingSkill::proficiency);
            Map<String, Double> languages = assigned(
                    client.userLanguages(userId),
                    UserRoutingLanguage::id,
                    UserRoutingLanguage::state,
                    UserRoutingLanguage::proficiency);
            return new OrgUser(
                    user.id(),
                    user.name(),
                    user.email(),
                    user.username(),
                    user.title(),
                    user.department(),
                    user.managerId(),
                    user.version(),
                    skills,
                    languages,
                    user.divisionId());
        });
    }

    @Override
    public Map<String, Membership> readMembers(String queueId) {
        return read("read members of queue " + queueId, () -> {
            Map<String, Membership> members = new HashMap<>();
            client.queueMembers(queueId, Optional.empty())
                    .forEach(m -> members.merge(
                            m.id(),
                            "group".equalsIgnoreCase(m.memberBy()) ? Membership.GROUP : Membership.DIRECT,
                            (a, b) -> a == Membership.DIRECT || b == Membership.DIRECT
                                    ? Membership.DIRECT
                                    : Membership.GROUP));
            return members;
        });
    }

    @Override
    public Set<String> readQueueWrapupCodes(String queueId) {
        return read("read wrap-up codes of queue " + queueId, () -> {
            Set<String> ids = new HashSet<>();
            client.queueWrapupCodes(queueId).forEach(c -> ids.add(c.id()));
            return ids;
        });
    }

    @Override
    public WriteResult write(Op op) {
        try {
            Call<Optional<Confirmation>> call = send(op);
            return WriteResult.success(call.attempts(), call.correlationId(), call.value());
        } catch (GenesysException e) {
            return new WriteResult(
                    e.outcome(), e.attempts(), e.correlationId().orElse(""), e.getMessage(), e.retryAt());
        }
    }

    /** Sends {@code op}; with the user's resulting list when the answer carries one (bulk skills and languages). */
    private Call<Optional<Confirmation>> send(Op op) {
        if (op instanceof Op.SetSkills s) {
            List<Proficiency> skills = proficiencies(s.skills());
            Call<List<UserRoutingSkill>> call = s.replaceAll()
                    ? client.replaceUserSkills(s.userId(), skills)
                    : client.updateUserSkills(s.userId(), skills);
            return call.map(now -> confirmation(
                    s.userId(),
                    Confirmation.Kind.SKILLS,
                    now,
                    UserRoutingSkill::id,
                    UserRoutingSkill::state,
                    UserRoutingSkill::proficiency));
        }
        if (op instanceof Op.SetLanguages l) {
            return client.updateUserLanguages(l.userId(), proficiencies(l.languages()))
                    .map(now -> confirmation(
                            l.userId(),
                            Confirmation.Kind.LANGUAGES,
                            now,
                            UserRoutingLanguage::id,
                            UserRoutingLanguage::state,
                            UserRoutingLanguage::proficiency));
        }
        return sendUnconfirmed(op).map(answer -> Optional.empty());
    }

    private Call<?> sendUnconfirmed(Op op) {
        if (op instanceof Op.RemoveSkill r) {
            return client.removeUserSkill(r.userId(), r.skillId());
        } else if (op instanceof Op.RemoveLanguage r) {
            return client.removeUserLanguage(r.userId(), r.languageId());
        } else if (op instanceof Op.UpdateProfile p) {
            UpdateUser update = UpdateUser.version(p.version());
            if (p.title() != null) {
                update = update.withTitle(p.title());
            }
            if (p.department() != null) {
                update = update.withDepartment(p.department());
            }
            if (p.managerId() != null) {
                update = update.withManager(p.managerId());
            }
            return client.patchUser(p.userId(), update);
        } else if (op instanceof Op.AddMembers a) {
            return client.addQueueMembers(a.queueId(), a.userIds());
        } else if (op instanceof Op.RemoveMembers r) {
            return client.removeQueueMembers(r.queueId(), r.userIds());
        } else if (op instanceof Op.AddWrapupCodes a) {
            return client.addQueueWrapupCodes(a.queueId(), a.codeIds());
        } else if (op instanceof Op.RemoveWrapupCode r) {
            return client.removeQueueWrapupCode(r.queueId(), r.codeId());
        } else {
            throw new IllegalArgumentException("unknown op " + op);
        }
    }

    /**
     * The answer's list as a confirmation; none when the answer had no list (a server may answer a bulk
     * write with an empty body) or an entry without a proficiency (then verify reads the user back).
     */
    private static <T> Optional<Confirmation> confirmation(
            String userId,
            Confirmation.Kind kind,
            List<T> now,
            Function<T, String> id,
            Function<T, String> state,
            Function<T, Double> proficiency) {
        if (now == null || now.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> list = new HashMap<>();
        for (T entry : now) {
            Double p = proficiency.apply(entry);
            if (id.apply(entry) == null || p == null) {
                return Optional.empty();
            }
            if (!deleted(state.apply(entry))) {
                list.put(id.apply(entry), p);
            }
        }
        return Optional.of(new Confirmation(userId, kind, list));
    }

    @Override
    public double allowedRate() {
        return client.boundRate();
    }

    @Override
    public Optional<GovernorMetrics> governorMetrics() {
        return Optional.of(client.metrics());
    }

    @Override
    public double budgetShare() {
        return client.budgetShare();
    }

    @Override
    public String target() {
        return target;
    }

    private static List<Proficiency> proficiencies(Map<String, Double> byId) {
        return byId.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Proficiency(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<NamedId> named(List<CatalogueEntry> entries) {
        return entries.stream().map(e -> new NamedId(e.id(), e.name())).toList();
    }

    @Override
    public Catalogue withDeletedSeen(Catalogue catalogue) {
        return catalogue.withDeleted(named(deletedSkills), named(deletedLanguages));
    }

    private static List<NamedId> named(Map<String, String> byId) {
        return byId.entrySet().stream()
                .map(e -> new NamedId(e.getKey(), e.getValue()))
                .toList();
    }

    /** {@link #toOrgUser}, noting the deleted skills and languages the user holds. */
    private OrgUser orgUser(User u) {
        note(u.skills(), UserRoutingSkill::id, UserRoutingSkill::name, UserRoutingSkill::state, deletedSkills);
        note(
                u.languages(),
                UserRoutingLanguage::id,
                UserRoutingLanguage::name,
                UserRoutingLanguage::state,
                deletedLanguages);
        return toOrgUser(u);
    }

    private static <T> void note(
            List<T> entries,
            Function<T, String> id,
            Function<T, String> name,
            Function<T, String> state,
            Map<String, String> into) {
        if (entries != null) {
            for (T e : entries) {
                if (deleted(state.apply(e)) && id.apply(e) != null && name.apply(e) != null) {
                    into.putIfAbsent(id.apply(e), name.apply(e));
                }
            }
        }
    }

    static OrgUser toOrgUser(User u) {
        Map<String, Double> skills = u.skills() == null
                ? null
                : assigned(u.skills(), UserRoutingSkill::id, UserRoutingSkill::state, UserRoutingSkill::proficiency);
        Map<String, Double> languages = u.languages() == null
                ? null
                : assigned(
                        u.languages(),
                        UserRoutingLanguage::id,
                        UserRoutingLanguage::state,
                        UserRoutingLanguage::proficiency);
        return new OrgUser(
                u.id(),
                u.name(),
                u.email(),
                u.username(),
                u.title(),
                u.department(),
                u.manager() == null ? null : u.manager().id(),
                u.version() == null ? 0 : u.version(),
                skills,
                languages,
                u.division() == null ? null : u.division().id());
    }

    /**
     * A user's skills or languages: id → proficiency (0 when the answer gave none). Those deleted from the org
     * ({@code state: deleted}: Genesys still shows them on the users who held them) are left out: they can be
     * neither assigned nor named, and the catalogue no longer lists them.
     */
    private static <T> Map<String, Double> assigned(
            List<T> entries, Function<T, String> id, Function<T, String> state, Function<T, Double> proficiency) {
        Map<String, Double> out = new HashMap<>();
        for (T e : entries) {
            if (!deleted(state.apply(e))) {
                Double p = proficiency.apply(e);
                out.put(id.apply(e), p == null ? 0.0 : p);
            }
        }
        return out;
    }

    private static boolean deleted(String state) {
        return "deleted".equalsIgnoreCase(state);
    }

    private static <T> T read(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (GenesysException e) {
            throw new OrgReadException("cannot " + what + ": " + e.getMessage(), e.outcome(), e.retryAt());
        }
    }
}
