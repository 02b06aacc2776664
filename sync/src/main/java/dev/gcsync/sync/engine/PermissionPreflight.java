package dev.gcsync.sync.engine;

import dev.gcsync.sync.org.Grants;
import dev.gcsync.sync.plan.Op;
import dev.gcsync.sync.plan.Plan;
import dev.gcsync.sync.problem.Problem;
import dev.gcsync.sync.resolve.ResolvedState;
import dev.gcsync.sync.resolve.ResolvedUser;
import dev.gcsync.sync.tree.Pos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Before any write: the Genesys permissions the plan's requests need (permission names as in
 * {@code dev.gcsync.genesys.Permission}), checked against what the OAuth client holds. A missing one is a
 * problem naming the permission and how many requests it blocks; without {@code --skip-invalid} nothing is
 * sent. {@link #without} drops the blocked facets so the rest can be planned again. Pure functions.
 */
final class PermissionPreflight {
    static final String SKILL_ASSIGN = "routing:skill:assign";
    static final String LANGUAGE_ASSIGN = "routing:language:assign";
    static final String USER_EDIT = "directory:user:edit";
    static final String MEMBER_MANAGE = "routing:queueMember:manage";
    static final String QUEUE_EDIT = "routing:queue:edit";
    /** Where problems about the client's permissions point: they are not in a file. */
    static final Pos CLIENT = new Pos("OAuth client", 0, 0);

    private PermissionPreflight() {
    }

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
        Set<String> out = new java.util.LinkedHashSet<>(needs.keySet());
        if (out.contains(MEMBER_MANAGE)) {
            out.add(QUEUE_EDIT); // either one allows queue membership changes
        }
        return out;
    }

    /** The missing permissions as problems; permissions held in only some divisions as notices. */
    static List<Problem> check(Map<String, Integer> needs, Grants grants, Consumer<String> notices) {
        List<Problem> problems = new ArrayList<>();
        needs.forEach((permission, count) -> {
            boolean held = grants.has(permission) || (permission.equals(MEMBER_MANAGE) && grants.has(QUEUE_EDIT));
            if (!held) {
                problems.add(new Problem(CLIENT, "permission", permission, "missing: " + count + " of the plan's"
                        + " requests need it (" + purpose(permission) + ")", "Add it to a role of the OAuth client"
                        + " (gcsync doctor lists what the client has), or re-run with --skip-invalid to send the"
                        + " requests that do not need it"));
            } else if (grants.has(permission) && !grants.everywhere(permission)) {
                notices.accept("the OAuth client holds " + permission + " only in " + grants.describeWhere(permission)
                        + ": writes to users or queues of other divisions will be refused (403)");
            }
        });
        return problems;
    }

    /** The desired state without the facets whose permission is missing (profile fields, skills, ...). */
    static ResolvedState without(ResolvedState state, Set<String> missing) {
        boolean skills = missing.contains(SKILL_ASSIGN);
        boolean languages = missing.contains(LANGUAGE_ASSIGN);
        boolean profile = missing.contains(USER_EDIT);
        boolean members = missing.contains(MEMBER_MANAGE);
        List<ResolvedUser> users = state.users().stream().map(u -> new ResolvedUser(u.userId(), u.label(), u.pos(),
                skills ? null : u.skills(), languages ? null : u.languages(), members ? null : u.queues(),
                profile ? null : u.title(), profile ? null : u.department(), profile ? null : u.managerId())).toList();
        return new ResolvedState(state.modes(), users, missing.contains(QUEUE_EDIT) ? List.of() : state.queues(),
                state.skipped());
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
