package dev.gcsync.emulator.store;

import java.util.List;

/** One user, immutable: every write replaces the record (and bumps {@code version} where Genesys does). */
public record UserRecord(
        String id,
        String name,
        String email,
        String username,
        String department,
        String title,
        String managerId,
        String state,
        int version,
        String divisionId,
        boolean acdAutoAnswer,
        List<Assignment> skills,
        List<Assignment> languages) {

    public UserRecord {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
    }

    public UserRecord withVersion(int newVersion) {
        return new UserRecord(
                id,
                name,
                email,
                username,
                department,
                title,
                managerId,
                state,
                newVersion,
                divisionId,
                acdAutoAnswer,
                skills,
                languages);
    }

    /** The user in another state: active, inactive or deleted (seed data and admin imports). */
    public UserRecord withState(String newState) {
        return new UserRecord(
                id,
                name,
                email,
                username,
                department,
                title,
                managerId,
                newState,
                version,
                divisionId,
                acdAutoAnswer,
                skills,
                languages);
    }

    /** The user moved to another division (admin imports). */
    public UserRecord withDivision(String newDivisionId) {
        return new UserRecord(
                id,
                name,
                email,
                username,
                department,
                title,
                managerId,
                state,
                version,
                newDivisionId,
                acdAutoAnswer,
                skills,
                languages);
    }

    public UserRecord withSkills(List<Assignment> newSkills) {
        return new UserRecord(
                id,
                name,
                email,
                username,
                department,
                title,
                managerId,
                state,
                version,
                divisionId,
                acdAutoAnswer,
                newSkills,
                languages);
    }

    public UserRecord withLanguages(List<Assignment> newLanguages) {
        return new UserRecord(
                id,
                name,
                email,
                username,
                department,
                title,
                managerId,
                state,
                version,
                divisionId,
                acdAutoAnswer,
                skills,
                newLanguages);
    }

    public UserRecord withAcdAutoAnswer(boolean value) {
        return new UserRecord(
                id,
                name,
                email,
                username,
                department,
                title,
                managerId,
                state,
                version,
                divisionId,
                value,
                skills,
                languages);
    }

    /** The profile fields {@code PATCH /api/v2/users/{id}} may change; null keeps the current value. */
    public UserRecord withProfile(UserProfile p) {
        return new UserRecord(
                id,
                or(p.name(), name),
                or(p.email(), email),
                username,
                or(p.department(), department),
                or(p.title(), title),
                or(p.managerId(), managerId),
                or(p.state(), state),
                version,
                divisionId,
                p.acdAutoAnswer() == null ? acdAutoAnswer : p.acdAutoAnswer(),
                skills,
                languages);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
