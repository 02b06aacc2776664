package dev.gcsync.bench.nightly.scenario;

import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Makes a scenario's desired state from the org's initial state. Deterministic for one org and one random:
 * <ul>
 *   <li>{@code changedShare} of the users (picked at random) get one skill changed: the skill
 *       {@code index mod 30} is added at 3, or re-rated one step (5 becomes 4);</li>
 *   <li>{@code joinShare} of those users also join one of the first ten queues that have no group member
 *       (groups would make "member" ambiguous), round-robin, skipping queues they are already in;</li>
 *   <li>the first five queues get two wrap-up codes they lack and lose their first one.</li>
 * </ul>
 * Every user of the org is listed with all their skills and direct queues, as a nightly export would.
 */
public final class DesiredGenerator {
    private DesiredGenerator() {}

    public static Desired make(StateSnapshot org, Scenario s, RandomGenerator random) {
        List<QueueState> joinable = org.queues().stream()
                .filter(q -> q.groups().isEmpty())
                .limit(Scenario.QUEUES_JOINED)
                .toList();
        if (joinable.size() < Scenario.QUEUES_JOINED) {
            throw new IllegalStateException("the org has fewer than 10 queues without groups");
        }
        Map<String, List<String>> direct = new HashMap<>();
        org.queues().forEach(q -> q.members()
                .forEach(u -> direct.computeIfAbsent(u, k -> new ArrayList<>()).add(q.id())));
        BitSet changed = pick(org.users().size(), s.changedShare(), random);
        List<UserWant> users = new ArrayList<>(org.users().size());
        int position = 0;
        for (int i = 0; i < org.users().size(); i++) {
            UserRecord u = org.users().get(i);
            Map<String, Double> skills = new LinkedHashMap<>();
            u.skills().forEach(a -> skills.put(a.id(), a.proficiency()));
            List<String> queues = new ArrayList<>(direct.getOrDefault(u.id(), List.of()));
            String changedSkill = null;
            String join = null;
            if (changed.get(i)) {
                Entity skill = org.skills().get(i % org.skills().size());
                skills.put(skill.id(), next(u.skills(), skill.id()));
                changedSkill = skill.id();
                if (Math.floor((position + 1) * s.joinShare()) > Math.floor(position * s.joinShare())) {
                    join = joinTarget(joinable, queues, position);
                    if (join != null) {
                        queues.add(join);
                    }
                }
                position++;
            }
            users.add(new UserWant(u.id(), u.email(), skills, queues, changedSkill, join));
        }
        return new Desired(org, users, wrapups(org));
    }

    private static BitSet pick(int n, double share, RandomGenerator random) {
        int wanted = (int) Math.round(n * share);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        BitSet picked = new BitSet(n);
        for (int i = 0; i < wanted; i++) {
            int j = i + random.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            picked.set(order[i]);
        }
        return picked;
    }

    private static double next(List<Assignment> current, String skillId) {
        double now = current.stream()
                .filter(a -> a.id().equals(skillId))
                .mapToDouble(Assignment::proficiency)
                .findFirst()
                .orElse(-1);
        return now < 0 ? 3 : now >= 5 ? 4 : Math.floor(now) + 1;
    }

    private static String joinTarget(List<QueueState> joinable, List<String> already, int position) {
        for (int k = 0; k < joinable.size(); k++) {
            String q = joinable.get((position + k) % joinable.size()).id();
            if (!already.contains(q)) {
                return q;
            }
        }
        return null;
    }

    private static List<QueueWant> wrapups(StateSnapshot org) {
        List<QueueWant> out = new ArrayList<>();
        for (QueueState q : org.queues()
                .subList(0, Math.min(Scenario.WRAPUP_QUEUES, org.queues().size()))) {
            List<String> add = org.wrapupCodes().stream()
                    .map(Entity::id)
                    .filter(c -> !q.wrapupCodes().contains(c))
                    .limit(2)
                    .toList();
            List<String> remove = q.wrapupCodes().isEmpty()
                    ? List.of()
                    : List.of(q.wrapupCodes().get(0));
            List<String> codes = new ArrayList<>(q.wrapupCodes());
            codes.removeAll(remove);
            codes.addAll(add);
            out.add(new QueueWant(q.id(), q.name(), codes, add, remove));
        }
        return out;
    }
}
