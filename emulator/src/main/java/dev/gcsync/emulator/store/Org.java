package dev.gcsync.emulator.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One loaded org: validated catalogues, users by id in a stable order, queue runtimes. */
final class Org {
    final Catalogue<Entity> divisions;
    final Catalogue<Entity> skills;
    final Catalogue<Entity> languages;
    final Catalogue<Entity> wrapupCodes;
    final Catalogue<GroupState> groups;
    final Catalogue<QueueState> queues;
    final Map<String, QueueRuntime> runtimes;
    final ConcurrentHashMap<String, UserRecord> users;
    final List<String> userOrder;

    Org(StateSnapshot s) {
        divisions = new Catalogue<>("division", s.divisions(), Entity::id);
        skills = new Catalogue<>("skill", s.skills(), Entity::id);
        languages = new Catalogue<>("language", s.languages(), Entity::id);
        wrapupCodes = new Catalogue<>("wrap-up code", s.wrapupCodes(), Entity::id);
        groups = new Catalogue<>("group", s.groups(), GroupState::id);
        queues = new Catalogue<>("queue", s.queues(), QueueState::id);
        users = new ConcurrentHashMap<>(s.users().size() * 2);
        List<String> order = new ArrayList<>(s.users().size());
        for (UserRecord u : s.users()) {
            check(u);
            if (users.put(u.id(), u) != null) {
                throw new IllegalArgumentException("duplicate user id " + u.id());
            }
            order.add(u.id());
        }
        userOrder = List.copyOf(order);
        runtimes = new HashMap<>();
        for (QueueState q : s.queues()) {
            q.members().forEach(id -> require(users.containsKey(id), "queue " + q.id() + ": unknown member " + id));
            q.groups().forEach(id -> require(groups.contains(id), "queue " + q.id() + ": unknown group " + id));
            q.wrapupCodes()
                    .forEach(id -> require(wrapupCodes.contains(id), "queue " + q.id() + ": unknown code " + id));
            runtimes.put(q.id(), new QueueRuntime(q));
        }
    }

    private void check(UserRecord u) {
        require(u.id() != null && !u.id().isBlank(), "a user has no id");
        u.skills().forEach(a -> require(skills.contains(a.id()), "user " + u.id() + ": unknown skill " + a.id()));
        u.languages()
                .forEach(a -> require(languages.contains(a.id()), "user " + u.id() + ": unknown language " + a.id()));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
