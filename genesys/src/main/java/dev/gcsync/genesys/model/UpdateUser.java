package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code PATCH /api/v2/users/{id}}: only non-null fields are sent; {@code version} is required
 * (the current version from a GET; a stale one gets 409). The fields are the profile fields a sync sets.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateUser(int version, String department, String title, String manager) {
    public static UpdateUser version(int version) {
        return new UpdateUser(version, null, null, null);
    }

    public UpdateUser withDepartment(String value) {
        return new UpdateUser(version, value, title, manager);
    }

    public UpdateUser withTitle(String value) {
        return new UpdateUser(version, department, value, manager);
    }

    public UpdateUser withManager(String managerId) {
        return new UpdateUser(version, department, title, managerId);
    }
}
