package dev.gcsync.bench.nightly.scenario;

import java.util.List;
import java.util.Map;

/**
 * One listed user of the desired state.
 *
 * @param id           user id
 * @param email        how the desired-state file names the user
 * @param skills       skill id → proficiency: every skill the file lists (additive mode)
 * @param queues       queue ids the file lists: the user's direct queues, plus {@code joinQueue}
 * @param changedSkill the skill whose proficiency differs from the org's, or null when skills are unchanged
 * @param joinQueue    the queue the user joins tonight, or null
 */
public record UserWant(
        String id,
        String email,
        Map<String, Double> skills,
        List<String> queues,
        String changedSkill,
        String joinQueue) {
    public UserWant {
        skills = Map.copyOf(skills);
        queues = List.copyOf(queues);
    }

    /** True when the desired state differs from the org's initial state for this user. */
    public boolean changes() {
        return changedSkill != null || joinQueue != null;
    }
}
