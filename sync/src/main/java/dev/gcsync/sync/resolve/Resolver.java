package dev.gcsync.sync.resolve;

import dev.gcsync.sync.desired.DesiredQueue;
import dev.gcsync.sync.desired.DesiredState;
import dev.gcsync.sync.desired.DesiredUser;
import dev.gcsync.sync.desired.Facet;
import dev.gcsync.sync.desired.Proficiency;
import dev.gcsync.sync.desired.Ref;
import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.problem.Problem;
import dev.gcsync.sync.problem.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns names into ids against the org's catalogue and users, recording a problem (with the closest
 * existing names) for every name that matches nothing or more than one thing, and for users listed twice.
 * Users and managers inactive in Genesys Cloud are warnings (left alone) unless the file includes them.
 * Not thread-safe: one resolve at a time.
 */
public final class Resolver {
    private final NameIndex skills;
    private final NameIndex languages;
    private final NameIndex queues;
    private final NameIndex wrapupCodes;
    private final UserIndex users;
    private final UserIndex inactive;
    private final UserIndex deleted;
    private final OtherUsers others;
    /** Marks a user left alone because inactive (a warning, not a problem). */
    private static final ResolvedUser INACTIVE_SKIPPED = new ResolvedUser("", "", null, null, null, null, null,
            null, null);
    private final List<Problem> warnings = new ArrayList<>();
    private boolean includeInactive;

    public Resolver(Catalogue catalogue, Map<String, OrgUser> orgUsers) {
        this(catalogue, orgUsers, OtherUsers.none());
    }

    /** @param orgUsers the active users; {@code others} the inactive and deleted ones, and the client's reach */
    public Resolver(Catalogue catalogue, Map<String, OrgUser> orgUsers, OtherUsers others) {
        this.skills = new NameIndex(catalogue.skills());
        this.languages = new NameIndex(catalogue.languages());
        this.queues = new NameIndex(catalogue.queues());
        this.wrapupCodes = new NameIndex(catalogue.wrapupCodes());
        this.users = new UserIndex(orgUsers.values());
        this.inactive = new UserIndex(others.inactive());
        this.deleted = new UserIndex(others.deleted());
        this.others = others;
    }

    /**
     * The outcome: the resolved state (valid entries only), every problem found (form problems included), and
     * warnings: entries left alone that do not stop a run (users or managers inactive in Genesys Cloud).
     */
    public record Result(ResolvedState state, Problems problems, List<Problem> warnings) {
        public Result(ResolvedState state, Problems problems) {
            this(state, problems, List.of());
        }
    }

    /** Whether some user or manager of {@code desired} is not among {@code orgUsers} (active users). */
    public static boolean namesUnknownUsers(DesiredState desired, Map<String, OrgUser> orgUsers) {
        UserIndex index = new UserIndex(orgUsers.values());
        for (DesiredUser u : desired.users()) {
            if (index.lookup(u.key()) == null) {
                return true;
            }
            if (u.manager() != null && !u.manager().name().isBlank() && index.lookupEmail(u.manager().name()) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param formProblems the problems found while reading the files; they are carried into the result
     */
    public Result resolve(DesiredState desired, Problems formProblems) {
        includeInactive = desired.includeInactive();
        warnings.clear();
        Problems problems = new Problems();
        problems.addAll(formProblems.sorted());
        List<ResolvedUser> resolvedUsers = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, DesiredUser> seen = new HashMap<>();
        for (DesiredUser u : desired.users()) {
            int before = problems.size();
            ResolvedUser r = resolveUser(u, problems, seen);
            if (r == INACTIVE_SKIPPED && problems.size() == before) {
                continue;
            }
            if (r != null && r != INACTIVE_SKIPPED && u.wellFormed() && problems.size() == before) {
                resolvedUsers.add(r);
            } else {
                skipped.add(u.key().value() + " (" + u.pos() + ")");
            }
        }
        List<ResolvedQueue> resolvedQueues = new ArrayList<>();
        Set<String> seenQueues = new LinkedHashSet<>();
        for (DesiredQueue q : desired.queues()) {
            int before = problems.size();
            ResolvedQueue r = resolveQueue(q, desired, problems, seenQueues);
            if (r != null && q.wellFormed() && problems.size() == before) {
                resolvedQueues.add(r);
            } else {
                skipped.add("queue " + q.name().name() + " (" + q.pos() + ")");
            }
        }
        return new Result(new ResolvedState(desired.modes(), resolvedUsers, resolvedQueues, skipped), problems,
                List.copyOf(warnings));
    }

    private ResolvedUser resolveUser(DesiredUser u, Problems problems, Map<String, DesiredUser> seen) {
        OrgUser user = users.lookup(u.key());
        if (user == null) {
            OrgUser off = inactive.lookup(u.key());
            if (off != null && !includeInactive) {
                warnings.add(new Problem(u.pos(), u.key().kind().field(), u.key().value(),
                        "the user is inactive in Genesys Cloud: left unchanged",
                        "Reactivate the user, or set includeInactive: true in the file to manage inactive users"));
                return INACTIVE_SKIPPED;
            }
            user = off;
        }
        if (user == null && deleted.lookup(u.key()) != null) {
            problems.add(u.pos(), u.key().kind().field(), u.key().value(),
                    "the user is deleted in Genesys Cloud (gcsync never restores users)",
                    "Remove the entry, or restore the user in Genesys Cloud");
        } else if (user == null) {
            users.find(u.key(), u.pos(), problems, others.outOfReach("directory:user:view", "users"));
        }
        if (user != null) {
            DesiredUser first = seen.putIfAbsent(user.id(), u);
            // the same key twice was reported by the reader already; here: one user named two ways
            if (first != null && (first.key().kind() != u.key().kind()
                    || !first.key().normalized().equals(u.key().normalized()))) {
                problems.add(u.pos(), u.key().kind().field(), u.key().value(),
                        "the user is listed twice (also at line " + first.pos().line() + ")", "Keep one entry per user");
                problems.add(first.pos(), first.key().kind().field(), first.key().value(),
                        "the user is listed twice (also at line " + u.pos().line() + ")", "Keep one entry per user");
            }
        }
        Map<String, Double> skillIds = proficiencies(u.skills(), skills, "skill", problems);
        Map<String, Double> languageIds = proficiencies(u.languages(), languages, "language", problems);
        Set<String> queueIds = u.queues() == null ? null : ids(u.queues(), queues, "queue", problems,
                others.outOfReach("routing:queue:view", "queues"));
        String managerId = null;
        if (u.manager() != null && !u.manager().name().isBlank()) {
            managerId = manager(u, problems);
        }
        if (user == null) {
            return null;
        }
        return new ResolvedUser(user.id(), u.key().value(), u.pos(), skillIds, languageIds, queueIds,
                u.title() == null ? null : u.title().name().trim(),
                u.department() == null ? null : u.department().name().trim(), managerId);
    }

    /** The manager's id; null (field left alone, with a warning) when inactive, or a problem when unknown. */
    private String manager(DesiredUser u, Problems problems) {
        OrgUser manager = users.lookupEmail(u.manager().name());
        if (manager != null) {
            return manager.id();
        }
        OrgUser off = inactive.lookupEmail(u.manager().name());
        if (off != null && includeInactive) {
            return off.id();
        }
        if (off != null) {
            warnings.add(new Problem(u.manager().pos(), "manager", u.manager().name(),
                    "the manager is inactive in Genesys Cloud: the manager of " + u.key().value() + " is left"
                            + " unchanged", "Name an active manager, or set includeInactive: true in the file"));
            return null;
        }
        if (deleted.lookupEmail(u.manager().name()) != null) {
            problems.add(u.manager().pos(), "manager", u.manager().name(), "the manager is deleted in Genesys Cloud",
                    "Name another manager");
            return null;
        }
        users.findManager(u.manager(), problems, others.outOfReach("directory:user:view", "users"));
        return null;
    }

    private ResolvedQueue resolveQueue(DesiredQueue q, DesiredState desired, Problems problems, Set<String> seen) {
        String queueId = id(q.name(), queues, "queue", problems, others.outOfReach("routing:queue:view", "queues"));
        Set<String> codes = ids(q.wrapupCodes(), wrapupCodes, "wrap-up code", problems);
        if (queueId == null) {
            return null;
        }
        if (!seen.add(queueId)) {
            problems.add(q.pos(), "queue", q.name().name(), "the queue is listed twice", "Keep one entry per queue");
            return null;
        }
        var mode = q.mode() == null ? desired.modes().of(Facet.WRAPUP_CODES) : q.mode();
        return new ResolvedQueue(queueId, q.name().name(), codes, mode, q.pos());
    }

    private static Map<String, Double> proficiencies(List<Proficiency> wanted, NameIndex index, String what,
            Problems problems) {
        if (wanted == null) {
            return null;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Proficiency p : wanted) {
            String id = id(new Ref(p.name(), p.pos()), index, what, problems);
            if (id != null && out.put(id, p.value()) != null) {
                problems.add(p.pos(), what, p.name(), "the " + what + " is listed twice for this user", "Keep one");
            }
        }
        return out;
    }

    private static Set<String> ids(List<Ref> refs, NameIndex index, String what, Problems problems) {
        return ids(refs, index, what, problems, "");
    }

    private static Set<String> ids(List<Ref> refs, NameIndex index, String what, Problems problems, String reach) {
        Set<String> out = new LinkedHashSet<>();
        for (Ref r : refs) {
            String id = id(r, index, what, problems, reach);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private static String id(Ref ref, NameIndex index, String what, Problems problems) {
        return id(ref, index, what, problems, "");
    }

    /** @param reach a hint that the name may be in a division the client cannot see, or "" */
    private static String id(Ref ref, NameIndex index, String what, Problems problems, String reach) {
        NameIndex.Lookup lookup = index.find(ref.name());
        if (lookup instanceof NameIndex.Lookup.Found found) {
            return found.id();
        }
        if (lookup instanceof NameIndex.Lookup.Ambiguous amb) {
            problems.add(ref.pos(), what, ref.name(), "the name matches more than one " + what + ": "
                    + String.join(", ", amb.names()), "Rename one of them in Genesys Cloud so names are unique");
        } else {
            String suggestions = ((NameIndex.Lookup.Unknown) lookup).suggestions();
            String hint = suggestions.isEmpty() ? "Check the name in Genesys Cloud admin"
                    : "Did you mean " + suggestions + "?";
            problems.add(ref.pos(), what, ref.name(), reach.isEmpty() ? "unknown " + what + " (gcsync never creates "
                    + what + "s)" : "no " + what + " of this name among those this OAuth client can see",
                    reach.isEmpty() ? hint : reach + ". " + hint);
        }
        return null;
    }
}
