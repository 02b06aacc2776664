package dev.gcsync.sync.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/**
 * One API write of a plan: exactly one HTTP request. Ops are values so that they can be journaled
 * (as JSON) before they are sent and replayed after a crash; see docs/architecture.md for why each kind
 * is safe to replay.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Op.SetSkills.class, name = "setSkills"),
    @JsonSubTypes.Type(value = Op.RemoveSkill.class, name = "removeSkill"),
    @JsonSubTypes.Type(value = Op.SetLanguages.class, name = "setLanguages"),
    @JsonSubTypes.Type(value = Op.RemoveLanguage.class, name = "removeLanguage"),
    @JsonSubTypes.Type(value = Op.UpdateProfile.class, name = "updateProfile"),
    @JsonSubTypes.Type(value = Op.AddMembers.class, name = "addMembers"),
    @JsonSubTypes.Type(value = Op.RemoveMembers.class, name = "removeMembers"),
    @JsonSubTypes.Type(value = Op.AddWrapupCodes.class, name = "addWrapupCodes"),
    @JsonSubTypes.Type(value = Op.RemoveWrapupCode.class, name = "removeWrapupCode")
})
public sealed interface Op {

    /** The users whose outcome this op decides (for progress and the per-user report). */
    List<String> userIds();

    /** True when sending it twice leaves the org as sending it once (so a timeout may be replayed). */
    default boolean idempotent() {
        return true;
    }

    /** A short human description, e.g. {@code PUT skills of 1 user (3 skills)}. */
    String describe();

    /** {@code PUT} (replaceAll) or {@code PATCH …/routingskills/bulk}, at most 50 skills. */
    record SetSkills(String userId, boolean replaceAll, Map<String, Double> skills) implements Op {
        public SetSkills {
            skills = Map.copyOf(skills);
        }

        @Override
        public List<String> userIds() {
            return List.of(userId);
        }

        @Override
        public String describe() {
            return (replaceAll ? "PUT" : "PATCH") + " routingskills/bulk (" + skills.size() + " skills)";
        }
    }

    /**
     * {@code DELETE …/routingskills/{skillId}}: used when a user is to keep no skill at all, since an empty
     * bulk PUT is not a documented way to clear them. A 404 on replay means done.
     */
    record RemoveSkill(String userId, String skillId) implements Op {
        @Override
        public List<String> userIds() {
            return List.of(userId);
        }

        @Override
        public String describe() {
            return "DELETE routingskills/" + skillId;
        }
    }

    /** {@code PATCH …/routinglanguages/bulk}, at most 50 languages: adds or updates. */
    record SetLanguages(String userId, Map<String, Double> languages) implements Op {
        public SetLanguages {
            languages = Map.copyOf(languages);
        }

        @Override
        public List<String> userIds() {
            return List.of(userId);
        }

        @Override
        public String describe() {
            return "PATCH routinglanguages/bulk (" + languages.size() + " languages)";
        }
    }

    /** {@code DELETE …/routinglanguages/{languageId}}; a 404 on replay means done. */
    record RemoveLanguage(String userId, String languageId) implements Op {
        @Override
        public List<String> userIds() {
            return List.of(userId);
        }

        @Override
        public String describe() {
            return "DELETE routinglanguages/" + languageId;
        }
    }

    /**
     * {@code PATCH /users/{id}} with the version read; null fields are not sent. Not idempotent under
     * Genesys' versioning: a replay gets 409 and is re-read and re-diffed instead.
     */
    record UpdateProfile(String userId, int version, String title, String department, String managerId) implements Op {
        @Override
        public List<String> userIds() {
            return List.of(userId);
        }

        @Override
        public boolean idempotent() {
            return false;
        }

        @Override
        public String describe() {
            return "PATCH user profile (version " + version + ")";
        }
    }

    /** {@code POST /routing/queues/{q}/members?delete=false}, at most 100 users. */
    record AddMembers(String queueId, List<String> userIds) implements Op {
        public AddMembers {
            userIds = List.copyOf(userIds);
        }

        @Override
        public String describe() {
            return "POST queue members (add " + userIds.size() + ")";
        }
    }

    /** {@code POST /routing/queues/{q}/members?delete=true}, at most 100 users. */
    record RemoveMembers(String queueId, List<String> userIds) implements Op {
        public RemoveMembers {
            userIds = List.copyOf(userIds);
        }

        @Override
        public String describe() {
            return "POST queue members (remove " + userIds.size() + ")";
        }
    }

    /** {@code POST /routing/queues/{q}/wrapupcodes}, at most 100 codes. */
    record AddWrapupCodes(String queueId, List<String> codeIds) implements Op {
        public AddWrapupCodes {
            codeIds = List.copyOf(codeIds);
        }

        @Override
        public List<String> userIds() {
            return List.of();
        }

        @Override
        public String describe() {
            return "POST queue wrapupcodes (" + codeIds.size() + ")";
        }
    }

    /** {@code DELETE /routing/queues/{q}/wrapupcodes/{codeId}}; a 404 on replay means done. */
    record RemoveWrapupCode(String queueId, String codeId) implements Op {
        @Override
        public List<String> userIds() {
            return List.of();
        }

        @Override
        public String describe() {
            return "DELETE queue wrapupcodes/" + codeId;
        }
    }
}
