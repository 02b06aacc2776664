package dev.gcsync.bench.nightly.contender;

/** One change of the delta the baselines are handed, i.e. one call for a script that makes one call per change. */
public sealed interface Change {
    /** The skill's proficiency set for one user: {@code PATCH /api/v2/users/{id}/routingskills/bulk}. */
    record Skill(String userId, String skillId, double proficiency) implements Change {}

    /** One user joins a queue: {@code POST /api/v2/routing/queues/{q}/members} with one id. */
    record Join(String queueId, String userId) implements Change {}

    /** One wrap-up code attached to a queue: {@code POST /api/v2/routing/queues/{q}/wrapupcodes}. */
    record CodeAdd(String queueId, String codeId) implements Change {}

    /** One wrap-up code detached: {@code DELETE /api/v2/routing/queues/{q}/wrapupcodes/{code}}. */
    record CodeRemove(String queueId, String codeId) implements Change {}
}
