package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code PATCH /api/v2/users/{id}}: only non-null fields are sent; {@code version} is required
 * (the current version from a GET; a stale one gets 409).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateUser(int version, String name, String email, String department, String title, String manager,
                         String state, Boolean acdAutoAnswer) {
    public static UpdateUser version(int version) {
        return new UpdateUser(version, null, null, null, null, null, null, null);
    }

    public UpdateUser withDepartment(String value) {
        return new UpdateUser(version, name, email, value, title, manager, state, acdAutoAnswer);
    }

    public UpdateUser withTitle(String value) {
        return new UpdateUser(version, name, email, department, value, manager, state, acdAutoAnswer);
    }

    public UpdateUser withManager(String managerId) {
        return new UpdateUser(version, name, email, department, title, managerId, state, acdAutoAnswer);
    }

    public UpdateUser withName(String value) {
        return new UpdateUser(version, value, email, department, title, manager, state, acdAutoAnswer);
    }

    public UpdateUser withAcdAutoAnswer(boolean value) {
        return new UpdateUser(version, name, email, department, title, manager, state, value);
    }
}
