package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.QueueMember;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.Store;
import dev.gcsync.emulator.store.UserRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders store values as the JSON objects of the Genesys API. Stateless apart from the store it reads. */
final class Views {
    private final Store store;

    Views(Store store) {
        this.store = store;
    }

    Map<String, Object> user(UserRecord u, boolean skills, boolean languages) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", u.id());
        out.put("name", u.name());
        out.put("division", division(u.divisionId()));
        out.put("email", u.email());
        out.put("username", u.username());
        out.put("department", u.department());
        out.put("title", u.title());
        if (u.managerId() != null) {
            out.put("manager", Map.of("id", u.managerId(), "selfUri", "/api/v2/users/" + u.managerId()));
        }
        out.put("state", u.state());
        out.put("version", u.version());
        out.put("acdAutoAnswer", u.acdAutoAnswer());
        if (skills) {
            out.put("skills", userSkills(u));
        }
        if (languages) {
            out.put("languages", userLanguages(u));
        }
        out.put("selfUri", "/api/v2/users/" + u.id());
        return out;
    }

    List<Map<String, Object>> userSkills(UserRecord u) {
        List<Map<String, Object>> out = new ArrayList<>(u.skills().size());
        for (Assignment a : u.skills()) {
            out.add(userSkill(u.id(), a));
        }
        return out;
    }

    List<Map<String, Object>> userLanguages(UserRecord u) {
        List<Map<String, Object>> out = new ArrayList<>(u.languages().size());
        for (Assignment a : u.languages()) {
            out.add(userLanguage(u.id(), a));
        }
        return out;
    }

    Map<String, Object> userSkill(String userId, Assignment a) {
        return assignment(
                a,
                store.skill(a.id()).orElse(new Entity(a.id(), "")),
                "skillUri",
                "/api/v2/routing/skills/",
                "/api/v2/users/" + userId + "/routingskills/");
    }

    Map<String, Object> userLanguage(String userId, Assignment a) {
        return assignment(
                a,
                store.language(a.id()).orElse(new Entity(a.id(), "")),
                "languageUri",
                "/api/v2/routing/languages/",
                "/api/v2/users/" + userId + "/routinglanguages/");
    }

    Map<String, Object> catalogueEntry(Entity e, String base, boolean versioned) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("name", e.name());
        if (versioned) {
            out.put("state", "active");
            out.put("version", "1");
        }
        out.put("selfUri", base + e.id());
        return out;
    }

    Map<String, Object> wrapupCode(Entity e) {
        return catalogueEntry(e, "/api/v2/routing/wrapupcodes/", false);
    }

    Map<String, Object> queue(QueueState q) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", q.id());
        out.put("name", q.name());
        out.put("division", division(q.divisionId()));
        out.put("selfUri", "/api/v2/routing/queues/" + q.id());
        return out;
    }

    Map<String, Object> queueMember(String queueId, QueueMember m) {
        String name = store.findUser(m.userId()).map(UserRecord::name).orElse("");
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", m.userId());
        user.put("name", name);
        user.put("selfUri", "/api/v2/users/" + m.userId());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.userId());
        out.put("name", name);
        out.put("user", user);
        out.put("ringNumber", 1);
        out.put("joined", true);
        out.put("memberBy", m.memberBy());
        out.put("selfUri", "/api/v2/routing/queues/" + queueId + "/members/" + m.userId());
        return out;
    }

    private Map<String, Object> division(String id) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("name", store.division(id).map(Entity::name).orElse(""));
        out.put("selfUri", "/api/v2/authorization/divisions/" + id);
        return out;
    }

    /** A user's skill or language; one deleted from the org shows {@code state: deleted}, as Genesys shows it. */
    private static Map<String, Object> assignment(
            Assignment a, Entity entity, String uriField, String uriBase, String selfBase) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("name", entity.name());
        out.put("proficiency", a.proficiency());
        out.put("state", entity.state());
        out.put(uriField, uriBase + a.id());
        out.put("selfUri", selfBase + a.id());
        return out;
    }
}
