package dev.gcsync.emulator.seed;

import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.GroupState;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic seed data: the same seed and user count always give the same org, ids included.
 * Each user has 2-6 skills, 1-2 languages and 1-3 direct queue memberships; some queues also have members
 * through a group; every queue has 3-6 wrap-up codes.
 */
public final class SeedGenerator {
    /** Proficiencies of the tidy org: whole numbers 1 to 5. */
    private static final List<Double> LEVELS = List.of(1.0, 2.0, 3.0, 4.0, 5.0);

    private final Draws random;

    public SeedGenerator(long seed) {
        this.random = new Draws(seed);
    }

    /** Generates an org with {@code userCount} users. */
    public StateSnapshot generate(int userCount) {
        List<Entity> divisions = entities(Vocabulary.DIVISIONS);
        List<Entity> skills = entities(Vocabulary.SKILLS);
        List<Entity> languages = entities(Vocabulary.LANGUAGES);
        List<Entity> codes = entities(Vocabulary.WRAPUP_CODES);
        List<UserRecord> users = users(userCount, divisions, skills, languages);
        List<GroupState> groups = groups(users);
        List<QueueState> queues = queues(users, groups, divisions, codes);
        return new StateSnapshot(divisions, skills, languages, codes, groups, queues, users);
    }

    private List<UserRecord> users(int count, List<Entity> divisions, List<Entity> skills, List<Entity> languages) {
        Map<String, Integer> emailsSeen = new HashMap<>();
        List<UserRecord> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = pick(Vocabulary.FIRST_NAMES);
            String last = pick(Vocabulary.LAST_NAMES);
            String local = (first + "." + last).toLowerCase(Locale.ROOT);
            int n = emailsSeen.merge(local, 1, Integer::sum);
            String email = (n == 1 ? local : local + n) + "@example.com";
            String manager = i > 0 && random.nextInt(10) > 0
                    ? users.get(random.nextInt(Math.min(i, 50))).id()
                    : null;
            users.add(new UserRecord(
                    uuid(),
                    first + " " + last,
                    email,
                    email,
                    pick(Vocabulary.DEPARTMENTS),
                    pick(Vocabulary.TITLES),
                    manager,
                    "active",
                    1,
                    pick(divisions).id(),
                    false,
                    assignments(skills, 2, 6),
                    assignments(languages, 1, 2)));
        }
        return users;
    }

    private List<GroupState> groups(List<UserRecord> users) {
        List<GroupState> groups = new ArrayList<>();
        int size = Math.max(1, users.size() / 100);
        for (String name : Vocabulary.GROUPS) {
            Set<String> members = new LinkedHashSet<>();
            for (int i = 0; i < size && !users.isEmpty(); i++) {
                members.add(pick(users).id());
            }
            groups.add(new GroupState(uuid(), name, List.copyOf(members)));
        }
        return groups;
    }

    private List<QueueState> queues(
            List<UserRecord> users, List<GroupState> groups, List<Entity> divisions, List<Entity> codes) {
        List<QueueState> queues = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        for (int q = 0; q < Vocabulary.QUEUES.size(); q++) {
            members.add(new ArrayList<>());
        }
        for (UserRecord u : users) {
            int n = 1 + random.nextInt(3);
            Set<Integer> chosen = new LinkedHashSet<>();
            while (chosen.size() < n) {
                chosen.add(random.nextInt(Vocabulary.QUEUES.size()));
            }
            chosen.forEach(q -> members.get(q).add(u.id()));
        }
        for (int q = 0; q < Vocabulary.QUEUES.size(); q++) {
            List<String> memberGroups =
                    q % 4 == 0 ? List.of(groups.get((q / 4) % groups.size()).id()) : List.of();
            List<String> queueCodes =
                    assignments(codes, 3, 6).stream().map(Assignment::id).toList();
            queues.add(new QueueState(
                    uuid(), Vocabulary.QUEUES.get(q), pick(divisions).id(), members.get(q), memberGroups, queueCodes));
        }
        return queues;
    }

    private List<Assignment> assignments(List<Entity> from, int min, int max) {
        return random.assignments(from, min, max, LEVELS);
    }

    private List<Entity> entities(List<String> names) {
        return random.entities(names);
    }

    private <T> T pick(List<T> list) {
        return random.pick(list);
    }

    private String uuid() {
        return random.uuid();
    }
}
