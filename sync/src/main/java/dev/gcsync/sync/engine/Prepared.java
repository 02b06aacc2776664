package dev.gcsync.sync.engine;

import dev.gcsync.sync.org.OrgSnapshot;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.plan.Plan;
import dev.gcsync.sync.problem.Problem;
import dev.gcsync.sync.problem.Problems;
import dev.gcsync.sync.resolve.ResolvedState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A desired state checked against the org and diffed: what {@code plan} prints and {@code apply} sends.
 *
 * @param snapshot the org as read, slimmed to what apply and a saved plan still need: the users the plan
 *                 changes (not every user of the org), queue members and wrap-up codes, the catalogue
 * @param orgUsers how many users the org has (verify chooses between the listing and one-by-one reads)
 * @param warnings entries left alone that do not stop a run, each naming its user (inactive users; inactive or
 *                 deleted managers named anew)
 */
public record Prepared(
        ResolvedState desired,
        Problems problems,
        OrgSnapshot snapshot,
        Plan plan,
        String files,
        int orgUsers,
        List<Problem> warnings) {

    public Prepared {
        warnings = List.copyOf(warnings);
    }

    public Prepared(
            ResolvedState desired, Problems problems, OrgSnapshot snapshot, Plan plan, String files, int orgUsers) {
        this(desired, problems, snapshot, plan, files, orgUsers, List.of());
    }

    /** The same, with warnings. */
    Prepared withWarnings(List<Problem> list) {
        return new Prepared(desired, problems, snapshot, plan, files, orgUsers, list);
    }

    /** Keeps of {@code full} only the users {@code plan} changes, so that the org's users can be collected. */
    static Prepared slim(ResolvedState desired, Problems problems, OrgSnapshot full, Plan plan, String files) {
        Map<String, OrgUser> changed = new HashMap<>();
        plan.users().forEach(u -> {
            var user = full.users().get(u.userId());
            if (user != null) {
                changed.put(u.userId(), user);
            }
        });
        return new Prepared(
                desired,
                problems,
                new OrgSnapshot(full.catalogue(), changed, full.members(), full.queueWrapupCodes()),
                plan,
                files,
                full.users().size());
    }
}
