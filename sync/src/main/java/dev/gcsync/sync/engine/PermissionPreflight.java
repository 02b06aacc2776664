package dev.gcsync.sync.engine;

import dev.gcsync.sync.org.Grants;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.plan.Op;
import dev.gcsync.sync.plan.Plan;
import dev.gcsync.sync.problem.Problem;
import dev.gcsync.sync.resolve.ResolvedState;
import dev.gcsync.sync.resolve.ResolvedUser;
import dev.gcsync.sync.tree.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Before any write: the Genesys permissions the plan's requests need (permission names as in
 * {@code dev.gcsync.genesys.Permission}), checked against what the OAuth client holds. A missing one is a
 * problem naming the permission and how many requests it blocks, and so is one held only in other divisions
 * than a user's; without {@code --skip-invalid} nothing is sent. {@link #without} drops the blocked facets so
 * the rest can be planned again. Pure functions.
 */
final class PermissionPreflight {
    static final String SKILL_ASSIGN = "routing:skill:assign";
    static final String LANGUAGE_ASSIGN = "routing:language:assign";
    static final String USER_EDIT = "directory:user:edit";
    static final String MEMBER_MANAGE = "routing:queueMember:manage";
    static final String QUEUE_EDIT = "routing:queue:edit";
    /** Permissions of writes to a user, checked in the user's division. */
    static final Set<String> USER_PERMISSIONS = Set.of(SKILL_ASSIGN, LANGUAGE_ASSIGN, USER_EDIT);
    /** Where problems about the client's permissions point: they are not in a file. */
    static final Pos CLIENT = new Pos("OAuth client", 0, 0);

    private PermissionPreflight() {}

    /** The permissions the plan's ops need, each with the number of requests that need it, in a stable order. */
    static Map<String, Integer> needs(Plan plan) {
        Map<String, Integer> needs = new LinkedHashMap<>();
        for (Op op : plan.ops()) {
            needs.merge(permissionOf(op), 1, Integer::sum);
        }
        return needs;
    }

    /** Every permission {@link #needs} can name: what to ask the org about. */
    static Set<String> asked(Map<String, Integer> needs) {
        Set<String> out = new LinkedHashSet<>(needs.keySet());
        if (out.contains(MEMBER_MANAGE)) {
            out.add(QUEUE_EDIT); // either one allows queue membership changes
        }
        return out;
    }

    /**
     * What the preflight found: problems, the permissions missing everywhere, and per user the permissions the
     * client lacks in that user's division.
     */
    record Findings(List<Problem> problems, Set<String> missing, Map<String, Set<String>> blockedByUser) {}

    /**
     * A permission missing everywhere is one problem with its request count; one held only in some divisions is
     * one problem per division the plan's users are in but the client's grant is not (with the users named);
     * for queue permissions, whose divisions the sync does not read, a notice instead.
     */
    static Findings check(Plan plan, Map<String, OrgUser> users, Grants grants, Consumer<String> notices) {
        List<Problem> problems = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        Map<String, Set<String>> blockedByUser = new HashMap<>();
        needs(plan).forEach((permission, count) -> {
            boolean held = grants.has(permission) || (permission.equals(MEMBER_MANAGE) && grants.has(QUEUE_EDIT));
            if (!held) {
                missing.add(permission);
                problems.add(new Problem(
                        CLIENT,
                        "permission",
                        permission,
                        "missing: " + count + " of the plan's" + " requests need it (" + purpose(permission) + ")",
                        "Add it to a role of the OAuth client"
                                + " (gcsync doctor lists what the client has), or re-run with --skip-invalid to send the"
                                + " requests that do not need it"));
            } else if (grants.has(permission) && !grants.everywhere(permission)) {
                if (USER_PERMISSIONS.contains(permission)) {
                    problems.addAll(divisionProblems(plan, permission, users, grants, blockedByUser));
                } else {
                    notices.accept("the OAuth client holds " + permission + " only in "
                            + grants.describeWhere(permission) + ": changes to queues of other divisions will be"
                            + " refused (403)");
                }
            }
        });
        return new Findings(problems, missing, blockedByUser);
    }

    private static List<Problem> divisionProblems(
            Plan plan,
            String permission,
            Map<String, OrgUser> users,
            Grants grants,
            Map<String, Set<String>> blockedByUser) {
        Map<String, List<String>> blocked = new TreeMap<>(); // division id -> users whose requests need it there
        for (Op op : plan.ops()) {
            if (!permissionOf(op).equals(permission)) {
                continue;
            }
            String userId = op.userIds().get(0);
            OrgUser user = users.get(userId);
            String division = user == null ? null : user.divisionId();
            if (division != null && !grants.holdsIn(permission, division)) {
                blocked.computeIfAbsent(division, d -> new ArrayList<>())
                        .add(user.email() == null ? userId : user.email());
                blockedByUser.computeIfAbsent(userId, u -> new HashSet<>()).add(permission);
            }
        }
        List<Problem> problems = new ArrayList<>();
        blocked.forEach((division, labels) -> {
            List<String> distinct = labels.stream().distinct().toList();
            problems.add(new Problem(
                    CLIENT,
                    "permission",
                    permission,
                    "not held in division "
                            + grants.divisionName(division) + ": " + labels.size()
                            + " of the plan's requests need it there"
                            + " (users " + String.join(", ", distinct.subList(0, Math.min(3, distinct.size())))
                            + (distinct.size() > 3 ? " and " + (distinct.size() - 3) + " more" : "") + ")",
                    "Grant it in that division (the client holds it in " + grants.describeWhere(permission)
                            + "), or re-run with --skip-invalid to send the rest"));
        });
        return problems;
    }

    /** The desired state without the facets whose permission is missing, everywhere or in a user's division. */
    static ResolvedState without(ResolvedState state, Findings findings) {
        List<ResolvedUser> users = state.users().stream()
                .map(u -> {
                    Set<String> lacking = new HashSet<>(findings.missing());
                    lacking.addAll(findings.blockedByUser().getOrDefault(u.userId(), Set.of()));
                    return without(u, lacking);
                })
                .toList();
        return new ResolvedState(
                state.modes(),
                users,
                findings.missing().contains(QUEUE_EDIT) ? List.of() : state.queues(),
                state.skipped());
    }

    /** As {@link #without(ResolvedState, Findings)}, for permissions missing everywhere. */
    static ResolvedState without(ResolvedState state, Set<String> missing) {
        return without(state, new Findings(List.of(), missing, Map.of()));
    }

    private static ResolvedUser without(ResolvedUser u, Set<String> lacking) {
        boolean skills = lacking.contains(SKILL_ASSIGN);
        boolean languages = lacking.contains(LANGUAGE_ASSIGN);
        boolean profile = lacking.contains(USER_EDIT);
        boolean members = lacking.contains(MEMBER_MANAGE);
        return new ResolvedUser(
                u.userId(),
                u.label(),
                u.pos(),
                skills ? null : u.skills(),
                languages ? null : u.languages(),
                members ? null : u.queues(),
                profile ? null : u.title(),
                profile ? null : u.department(),
                profile ? null : u.managerId());
    }

    private static String permissionOf(Op op) {
        if (op instanceof Op.SetSkills || op instanceof Op.RemoveSkill) {
            return SKILL_ASSIGN;
        }
        if (op instanceof Op.SetLanguages || op instanceof Op.RemoveLanguage) {
            return LANGUAGE_ASSIGN;
        }
        if (op instanceof Op.UpdateProfile) {
            return USER_EDIT;
        }
        if (op instanceof Op.AddMembers || op instanceof Op.RemoveMembers) {
            return MEMBER_MANAGE;
        }
        return QUEUE_EDIT; // queue wrap-up codes
    }

    private static String purpose(String permission) {
        return switch (permission) {
            case SKILL_ASSIGN -> "to change users' skills";
            case LANGUAGE_ASSIGN -> "to change users' languages";
            case USER_EDIT -> "to change title, department or manager";
            case MEMBER_MANAGE -> "to add users to queues or remove them; routing:queue:edit also allows it";
            default -> "to change queues' wrap-up codes";
        };
    }
}
