package dev.gcsync.sync.resolve;

import dev.gcsync.sync.desired.DesiredQueue;
import dev.gcsync.sync.desired.DesiredState;
import dev.gcsync.sync.desired.DesiredUser;
import dev.gcsync.sync.desired.Facet;
import dev.gcsync.sync.desired.Modes;
import dev.gcsync.sync.desired.Proficiency;
import dev.gcsync.sync.desired.Ref;
import dev.gcsync.sync.intern.Proficiencies;
import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.problem.Problem;
import dev.gcsync.sync.problem.Problems;
import dev.gcsync.sync.tree.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns names into ids against the org's catalogue and users: one {@link Outcome} per entry of the desired
 * state. A name that matches nothing or more than one thing, a user listed twice, a deleted user make the
 * entry invalid (with the closest existing names); a user inactive in Genesys Cloud is left alone with a
 * warning unless the file includes inactive users; a manager Genesys would refuse (inactive, deleted) leaves
 * the manager unchanged with a warning, and is no change at all when it is the user's manager already.
 * Inactive and deleted users are looked up only for a name that is not an active user ({@link OtherUsers}).
 * Immutable: {@link #resolve} is a function of its arguments and may be called from several threads.
 */
public final class Resolver {
    private final NameIndex skills;
    private final NameIndex languages;
    private final NameIndex queues;
    private final NameIndex wrapupCodes;
    private final NameIndex deletedSkills;
    private final NameIndex deletedLanguages;
    private final UserIndex users;
    private final OtherUsers others;

    public Resolver(Catalogue catalogue, Map<String, OrgUser> orgUsers) {
        this(catalogue, orgUsers, OtherUsers.none());
    }

    /**
     * @param orgUsers the active users by id (shared, not copied: not to be changed while this resolver is used);
     *                 {@code others} the inactive and deleted ones, and the client's reach
     */
    public Resolver(Catalogue catalogue, Map<String, OrgUser> orgUsers, OtherUsers others) {
        this.skills = new NameIndex(catalogue.skills());
        this.languages = new NameIndex(catalogue.languages());
        this.queues = new NameIndex(catalogue.queues());
        this.wrapupCodes = new NameIndex(catalogue.wrapupCodes());
        this.deletedSkills = new NameIndex(catalogue.deletedSkills());
        this.deletedLanguages = new NameIndex(catalogue.deletedLanguages());
        this.users = UserIndex.byId(orgUsers);
        this.others = others;
    }

    /**
     * Every entry's outcome, with the problems of the files carried along.
     *
     * @param formProblems the problems found while reading the files (an entry with such problems is invalid)
     */
    public record Result(
            Modes modes,
            List<Outcome<ResolvedUser>> users,
            List<Outcome<ResolvedQueue>> queues,
            List<Problem> formProblems) {
        public Result {
            users = List.copyOf(users);
            queues = List.copyOf(queues);
            formProblems = List.copyOf(formProblems);
        }

        /** The resolved entries, ready to diff; the invalid ones listed as skipped. */
        public ResolvedState state() {
            List<ResolvedUser> okUsers = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (Outcome<ResolvedUser> o : users) {
                if (o instanceof Outcome.Resolved<ResolvedUser> r) {
                    okUsers.add(r.value());
                } else if (o instanceof Outcome.Invalid<ResolvedUser> i) {
                    skipped.add(i.label());
                }
            }
            List<ResolvedQueue> okQueues = new ArrayList<>();
            for (Outcome<ResolvedQueue> o : queues) {
                if (o instanceof Outcome.Resolved<ResolvedQueue> r) {
                    okQueues.add(r.value());
                } else {
                    skipped.add(o.label());
                }
            }
            return new ResolvedState(modes, okUsers, okQueues, skipped);
        }

        /** Every problem: the files' and those of the invalid entries. */
        public Problems problems() {
            Problems all = new Problems();
            all.addAll(formProblems);
            for (Outcome<?> o : entries()) {
                if (o instanceof Outcome.Invalid<?> i) {
                    all.addAll(i.problems());
                }
            }
            return all;
        }

        /** What is left unchanged without being an error; each warning names its user. */
        public List<Problem> warnings() {
            List<Problem> out = new ArrayList<>();
            for (Outcome<?> o : entries()) {
                if (o instanceof Outcome.LeftAlone<?> l) {
                    out.addAll(l.warnings());
                } else if (o instanceof Outcome.Resolved<?> r) {
                    out.addAll(r.warnings());
                }
            }
            return out;
        }

        private List<Outcome<?>> entries() {
            List<Outcome<?>> all = new ArrayList<>(users);
            all.addAll(queues);
            return all;
        }
    }

    public Result resolve(DesiredState desired, Problems formProblems) {
        List<DesiredUser> entries = desired.users();
        List<Found> found = new ArrayList<>(entries.size());
        for (DesiredUser u : entries) {
            found.add(find(u, desired.includeInactive()));
        }
        Map<String, List<DesiredUser>> repeated = namedTwice(entries, found);
        List<Outcome<ResolvedUser>> userOutcomes = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Found f = found.set(i, null);
            DesiredUser u = entries.get(i);
            userOutcomes.add(
                    f.early() != null
                            ? f.early()
                            : user(
                                    u,
                                    f,
                                    desired.includeInactive(),
                                    f.user() == null
                                            ? List.of()
                                            : repeated.getOrDefault(f.user().id(), List.of(u))));
        }
        List<Outcome<ResolvedQueue>> queueOutcomes = new ArrayList<>();
        Map<String, Pos> seenQueues = new HashMap<>();
        for (DesiredQueue q : desired.queues()) {
            queueOutcomes.add(queue(q, desired, seenQueues));
        }
        return new Result(desired.modes(), userOutcomes, queueOutcomes, formProblems.sorted());
    }

    /**
     * The entries of the org users that more than one entry names, by user id. The users named once (nearly all)
     * get no list of their own: at 100,000 entries those lists were ~10 MiB of a 300 MB heap.
     */
    private static Map<String, List<DesiredUser>> namedTwice(List<DesiredUser> entries, List<Found> found) {
        Map<String, DesiredUser> first = new HashMap<>();
        Map<String, List<DesiredUser>> repeated = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            OrgUser user = found.get(i).user();
            if (user == null) {
                continue;
            }
            DesiredUser entry = entries.get(i);
            DesiredUser before = first.putIfAbsent(user.id(), entry);
            if (before != null) {
                repeated.computeIfAbsent(user.id(), k -> new ArrayList<>(List.of(before)))
                        .add(entry);
            }
        }
        return repeated;
    }

    /** The org user an entry names, or the entry's outcome when that alone decides it. */
    private record Found(OrgUser user, Outcome<ResolvedUser> early, List<Problem> problems) {}

    private Found find(DesiredUser u, boolean includeInactive) {
        OrgUser user = users.lookup(u.key());
        if (user != null) {
            return new Found(user, null, List.of());
        }
        OrgUser off = others.inactive().lookup(u.key());
        if (off != null && !includeInactive) {
            return new Found(
                    null,
                    new Outcome.LeftAlone<>(
                            label(u),
                            List.of(
                                    new Problem(
                                            u.pos(),
                                            u.key().kind().field(),
                                            u.key().value(),
                                            "the user is inactive in Genesys Cloud: left unchanged",
                                            "Reactivate the user, or set includeInactive: true in the file to manage inactive users"))),
                    null);
        }
        if (off != null) {
            return new Found(off, null, List.of());
        }
        Problems problems = new Problems();
        if (others.deleted().lookup(u.key()) != null) {
            problems.add(
                    u.pos(),
                    u.key().kind().field(),
                    u.key().value(),
                    "the user is deleted in Genesys Cloud (gcsync never restores users)",
                    "Remove the entry, or restore the user in Genesys Cloud");
        } else {
            users.find(u.key(), u.pos(), problems, others.outOfReach("directory:user:view", "users"));
        }
        return new Found(null, null, problems.sorted());
    }

    /**
     * @param entriesOfUser the entries of the files that name the same org user (this entry included). The same
     *                      key twice was reported by the reader already; here: one user named two ways.
     */
    private Outcome<ResolvedUser> user(
            DesiredUser u, Found f, boolean includeInactive, List<DesiredUser> entriesOfUser) {
        Problems problems = new Problems();
        problems.addAll(f.problems());
        for (DesiredUser other : entriesOfUser) {
            boolean sameKey = other.key().kind() == u.key().kind()
                    && other.key().normalized().equals(u.key().normalized());
            if (!sameKey) {
                problems.add(
                        u.pos(),
                        u.key().kind().field(),
                        u.key().value(),
                        "the user is listed twice (also at " + where(other.pos(), u.pos()) + ")",
                        "Keep one entry per user");
            }
        }
        List<Problem> refused = new ArrayList<>();
        Map<String, Double> skillIds = proficiencies(u, u.skills(), skills, deletedSkills, "skill", problems, refused);
        Map<String, Double> languageIds =
                proficiencies(u, u.languages(), languages, deletedLanguages, "language", problems, refused);
        Set<String> queueIds = u.queues() == null ? null : ids(u.queues(), queues, "queue", problems, true);
        List<Problem> warnings = new ArrayList<>();
        String managerId = null;
        if (u.manager() != null && !u.manager().name().isBlank()) {
            managerId = manager(u, f.user(), includeInactive, problems, warnings);
        }
        if (f.user() == null || !u.wellFormed() || !problems.isEmpty()) {
            return new Outcome.Invalid<>(label(u), problems.sorted());
        }
        if (!refused.isEmpty()) {
            return new Outcome.LeftAlone<>(label(u), refused);
        }
        return new Outcome.Resolved<>(
                new ResolvedUser(
                        f.user().id(),
                        u.key().value(),
                        u.pos(),
                        skillIds,
                        languageIds,
                        queueIds,
                        u.title() == null ? null : u.title().name().trim(),
                        u.department() == null ? null : u.department().name().trim(),
                        managerId),
                warnings);
    }

    /**
     * The manager's id, or null (field left alone) with a warning when Genesys would refuse the change: an
     * inactive manager (unless the file includes inactive users) or a deleted one. Naming the manager the user
     * already has is no change, whatever that manager's state.
     */
    private String manager(
            DesiredUser u, OrgUser user, boolean includeInactive, Problems problems, List<Problem> warnings) {
        Ref ref = u.manager();
        OrgUser active = users.lookupEmail(ref.name());
        if (active != null) {
            return active.id();
        }
        OrgUser off = others.inactive().lookupEmail(ref.name());
        OrgUser gone = off == null ? others.deleted().lookupEmail(ref.name()) : null;
        OrgUser named = off != null ? off : gone;
        if (named == null) {
            users.findManager(ref, problems, others.outOfReach("directory:user:view", "users"));
            return null;
        }
        if ((off != null && includeInactive) || (user != null && named.id().equals(user.managerId()))) {
            return named.id();
        }
        String state = off != null ? "inactive" : "deleted";
        warnings.add(new Problem(
                ref.pos(),
                "manager",
                ref.name(),
                "the manager is " + state + " in Genesys Cloud:" + " the manager of "
                        + u.key().value() + " is left unchanged",
                off != null
                        ? "Name an active manager, or set includeInactive: true in the file"
                        : "Name an active manager"));
        return null;
    }

    private Outcome<ResolvedQueue> queue(DesiredQueue q, DesiredState desired, Map<String, Pos> seen) {
        Problems problems = new Problems();
        String label = "queue " + q.name().name() + " (" + q.pos() + ")";
        String queueId = id(q.name(), queues, "queue", problems, true);
        Set<String> codes = ids(q.wrapupCodes(), wrapupCodes, "wrap-up code", problems, false);
        if (queueId != null && seen.putIfAbsent(queueId, q.pos()) != null) {
            problems.add(
                    q.pos(),
                    "queue",
                    q.name().name(),
                    "the queue is listed twice (also at line "
                            + seen.get(queueId).line() + ")",
                    "Keep one entry per queue");
        }
        if (queueId == null || !q.wellFormed() || !problems.isEmpty()) {
            return new Outcome.Invalid<>(label, problems.sorted());
        }
        var mode = q.mode() == null ? desired.modes().of(Facet.WRAPUP_CODES) : q.mode();
        return new Outcome.Resolved<>(new ResolvedQueue(queueId, q.name().name(), codes, mode, q.pos()), List.of());
    }

    private static String label(DesiredUser u) {
        return u.key().value() + " (" + u.pos() + ")";
    }

    /**
     * Names → ids with proficiencies. A name of a skill or language deleted from the org is not an error of the
     * file but a change Genesys refuses: it goes to {@code refused}, a warning naming the user.
     */
    private Map<String, Double> proficiencies(
            DesiredUser u,
            List<Proficiency> wanted,
            NameIndex index,
            NameIndex deleted,
            String what,
            Problems problems,
            List<Problem> refused) {
        if (wanted == null) {
            return null;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Proficiency p : wanted) {
            if (index.find(p.name()) instanceof NameIndex.Lookup.Unknown
                    && deleted.find(p.name()) instanceof NameIndex.Lookup.Found gone) {
                refused.add(new Problem(
                        p.pos(),
                        what,
                        p.name(),
                        "the " + what + " " + gone.name() + " is deleted in"
                                + " Genesys Cloud, which refuses to assign it: "
                                + u.key().value() + " is left unchanged",
                        "Remove it from the file (or re-create the " + what + " in Genesys Cloud)"));
                continue;
            }
            String id = id(new Ref(p.name(), p.pos()), index, what, problems, false);
            if (id != null && out.put(id, Proficiencies.boxed(p.value())) != null) {
                problems.add(p.pos(), what, p.name(), "the " + what + " is listed twice for this user", "Keep one");
            }
        }
        return out;
    }

    private Set<String> ids(List<Ref> refs, NameIndex index, String what, Problems problems, boolean divided) {
        Set<String> out = new LinkedHashSet<>();
        for (Ref r : refs) {
            String id = id(r, index, what, problems, divided);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** @param divided whether such objects live in divisions (queues): then a miss may be out of the client's reach */
    private String id(Ref ref, NameIndex index, String what, Problems problems, boolean divided) {
        NameIndex.Lookup lookup = index.find(ref.name());
        if (lookup instanceof NameIndex.Lookup.Found found) {
            return found.id();
        }
        if (lookup instanceof NameIndex.Lookup.Ambiguous amb) {
            problems.add(
                    ref.pos(),
                    what,
                    ref.name(),
                    "the name matches more than one " + what + ": " + String.join(", ", amb.names()),
                    "Write the name exactly as in Genesys Cloud (case and spaces),"
                            + " or rename one of them so names are unique");
            return null;
        }
        String reach = divided ? others.outOfReach("routing:queue:view", "queues") : "";
        String suggestions = ((NameIndex.Lookup.Unknown) lookup).suggestions();
        String hint =
                suggestions.isEmpty() ? "Check the name in Genesys Cloud admin" : "Did you mean " + suggestions + "?";
        problems.add(
                ref.pos(),
                what,
                ref.name(),
                reach.isEmpty()
                        ? "unknown " + what + " (gcsync never creates " + what + "s)"
                        : "no " + what + " of this name among those this OAuth client can see",
                reach.isEmpty() ? hint : reach + ". " + hint);
        return null;
    }

    /** "line 14" in the same file, "other.yaml:14" in another. */
    private static String where(Pos other, Pos self) {
        return other.file().equals(self.file()) ? "line " + other.line() : other.file() + ":" + other.line();
    }
}
