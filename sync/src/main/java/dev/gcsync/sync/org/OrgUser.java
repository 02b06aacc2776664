package dev.gcsync.sync.org;

import dev.gcsync.sync.intern.Interner;
import java.util.Map;

/**
 * A user as read from the org. {@code skills} and {@code languages} map ids to proficiencies; they are
 * null when the listing came back without that expansion (Genesys' expand is best effort) and the user
 * has not been read one by one yet. {@code divisionId} is the user's division (null when the org did not say).
 */
public record OrgUser(
        String id,
        String name,
        String email,
        String username,
        String title,
        String department,
        String managerId,
        int version,
        Map<String, Double> skills,
        Map<String, Double> languages,
        String divisionId) {

    public OrgUser {
        skills = skills == null ? null : Map.copyOf(skills);
        languages = languages == null ? null : Map.copyOf(languages);
    }

    /** A user whose division is not known. */
    public OrgUser(
            String id,
            String name,
            String email,
            String username,
            String title,
            String department,
            String managerId,
            int version,
            Map<String, Double> skills,
            Map<String, Double> languages) {
        this(id, name, email, username, title, department, managerId, version, skills, languages, null);
    }

    /**
     * The same user, its repeated values (titles, departments, managers, divisions, skill and language ids,
     * proficiencies) shared through {@code interner} with the other users read: what a 100,000-user read keeps.
     */
    public OrgUser sharing(Interner interner) {
        return new OrgUser(
                id,
                name,
                email,
                username,
                interner.of(title),
                interner.of(department),
                interner.of(managerId),
                version,
                interner.of(skills),
                interner.of(languages),
                interner.of(divisionId));
    }

    public boolean expansionsComplete() {
        return skills != null && languages != null;
    }
}
