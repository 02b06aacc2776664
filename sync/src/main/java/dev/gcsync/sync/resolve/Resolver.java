package dev.gcsync.sync.resolve;

import dev.gcsync.sync.desired.DesiredQueue;
import dev.gcsync.sync.desired.DesiredState;
import dev.gcsync.sync.desired.DesiredUser;
import dev.gcsync.sync.desired.Facet;
import dev.gcsync.sync.desired.Proficiency;
import dev.gcsync.sync.desired.Ref;
import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.OrgUser;
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
 * Turns names into ids against the org's catalogue and users, recording a problem (with the closest
 * existing names) for every name that matches nothing or more than one thing, and for users listed twice.
 */
public final class Resolver {
    private final NameIndex skills;
    private final NameIndex languages;
    private final NameIndex queues;
    private final NameIndex wrapupCodes;
    private final UserIndex users;

    public Resolver(Catalogue catalogue, Map<String, OrgUser> orgUsers) {
        this.skills = new NameIndex(catalogue.skills());
        this.languages = new NameIndex(catalogue.languages());
        this.queues = new NameIndex(catalogue.queues());
        this.wrapupCodes = new NameIndex(catalogue.wrapupCodes());
        this.users = new UserIndex(orgUsers.values());
    }

    /** The outcome: the resolved state (valid entries only) and every problem found, form problems included. */
    public record Result(ResolvedState state, Problems problems) {
    }

    /**
     * @param formProblems the problems found while reading the files; they are carried into the result
     */
    public Result resolve(DesiredState desired, Problems formProblems) {
        Problems problems = new Problems();
        problems.addAll(formProblems.sorted());
        List<ResolvedUser> resolvedUsers = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Pos> seen = new HashMap<>();
        for (DesiredUser u : desired.users()) {
            int before = problems.size();
            ResolvedUser r = resolveUser(u, problems, seen);
            if (r != null && u.wellFormed() && problems.size() == before) {
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
        return new Result(new ResolvedState(desired.modes(), resolvedUsers, resolvedQueues, skipped), problems);
    }

    private ResolvedUser resolveUser(DesiredUser u, Problems problems, Map<String, Pos> seen) {
        OrgUser user = users.find(u.key(), u.pos(), problems);
        if (user != null) {
            Pos first = seen.putIfAbsent(user.id(), u.pos());
            if (first != null) {
                problems.add(u.pos(), u.key().kind().field(), u.key().value(),
                        "the user is listed twice (also at line " + first.line() + ")", "Keep one entry per user");
                problems.add(first, u.key().kind().field(), u.key().value(),
                        "the user is listed twice (also at line " + u.pos().line() + ")", "Keep one entry per user");
            }
        }
        Map<String, Double> skillIds = proficiencies(u.skills(), skills, "skill", problems);
        Map<String, Double> languageIds = proficiencies(u.languages(), languages, "language", problems);
        Set<String> queueIds = u.queues() == null ? null : ids(u.queues(), queues, "queue", problems);
        String managerId = null;
        if (u.manager() != null && !u.manager().name().isBlank()) {
            OrgUser manager = users.findManager(u.manager(), problems);
            managerId = manager == null ? null : manager.id();
        }
        if (user == null) {
            return null;
        }
        return new ResolvedUser(user.id(), u.key().value(), u.pos(), skillIds, languageIds, queueIds,
                u.title() == null ? null : u.title().name().trim(),
                u.department() == null ? null : u.department().name().trim(), managerId);
    }

    private ResolvedQueue resolveQueue(DesiredQueue q, DesiredState desired, Problems problems, Set<String> seen) {
        String queueId = id(q.name(), queues, "queue", problems);
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
        Set<String> out = new LinkedHashSet<>();
        for (Ref r : refs) {
            String id = id(r, index, what, problems);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private static String id(Ref ref, NameIndex index, String what, Problems problems) {
        NameIndex.Lookup lookup = index.find(ref.name());
        if (lookup instanceof NameIndex.Lookup.Found found) {
            return found.id();
        }
        if (lookup instanceof NameIndex.Lookup.Ambiguous amb) {
            problems.add(ref.pos(), what, ref.name(), "the name matches more than one " + what + ": "
                    + String.join(", ", amb.names()), "Rename one of them in Genesys Cloud so names are unique");
        } else {
            String suggestions = ((NameIndex.Lookup.Unknown) lookup).suggestions();
            problems.add(ref.pos(), what, ref.name(), "unknown " + what + " (gcsync never creates " + what + "s)",
                    suggestions.isEmpty() ? "Check the name in Genesys Cloud admin"
                            : "Did you mean " + suggestions + "?");
        }
        return null;
    }
}
