package dev.gcsync.emulator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An OAuth client the emulator accepts, with what its roles grant: permission strings
 * ({@code domain:entity:action}, e.g. {@code routing:skill:assign}) and the divisions they apply to.
 * Genesys grants a role per division; the emulator simplifies that to one set of permissions over one set
 * of divisions. Immutable and validated.
 *
 * @param permissions permission strings; {@code *} grants every permission, {@code domain:entity:*} every
 *                    action on that entity
 * @param divisions   division ids or names the permissions apply to; {@code *} (or empty) = every division
 * @param narrowed    permission → the divisions it applies to instead of {@code divisions} (a role granted in
 *                    fewer divisions, e.g. {@code routing:skill:assign} in {@code Home} only); usually empty
 */
public record OAuthClient(
        String id,
        String secret,
        String name,
        Set<String> permissions,
        Set<String> divisions,
        Map<String, Set<String>> narrowed) {

    /** What gcsync reads: users, their skills and languages, the routing catalogues, queues and members. */
    public static final Set<String> VIEW_PERMISSIONS = Set.of(
            "directory:user:view",
            "routing:skill:view",
            "routing:language:view",
            "routing:queue:view",
            "routing:wrapupCode:view");

    public OAuthClient {
        if (id == null || id.isBlank() || id.contains(":")) {
            throw new IllegalArgumentException("an OAuth client id must be non-blank without ':', was " + id);
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the secret of OAuth client " + id + " must not be blank");
        }
        name = name == null ? id : name;
        permissions = Set.copyOf(Objects.requireNonNull(permissions, "permissions"));
        divisions = divisions == null || divisions.isEmpty() ? Set.of("*") : Set.copyOf(divisions);
        narrowed = narrowed == null ? Map.of() : Map.copyOf(narrowed);
    }

    public OAuthClient(String id, String secret, String name, Set<String> permissions, Set<String> divisions) {
        this(id, secret, name, permissions, divisions, Map.of());
    }

    /** This client with {@code permission} held only in {@code only} (division ids or names). */
    public OAuthClient narrowing(String permission, Set<String> only) {
        Map<String, Set<String>> copy = new HashMap<>(narrowed);
        copy.put(permission, Set.copyOf(only));
        return new OAuthClient(id, secret, name, permissions, divisions, copy);
    }

    /** Today's default: every permission in every division. */
    public static OAuthClient fullAdmin(String id, String secret) {
        return new OAuthClient(id, secret, "gcsync full admin", Set.of("*"), Set.of("*"));
    }

    /**
     * The {@code restricted} preset: views and language, queue-member and profile writes, but <b>no
     * {@code routing:skill:assign}</b>, in the divisions {@code Home} and {@code EMEA} only (of the seed's four).
     */
    public static OAuthClient restricted(String id, String secret) {
        Set<String> perms = new HashSet<>(VIEW_PERMISSIONS);
        perms.addAll(List.of("routing:language:assign", "routing:queueMember:manage", "directory:user:edit"));
        return new OAuthClient(id, secret, "gcsync restricted", perms, Set.of("Home", "EMEA"));
    }

    /** Whether the client's roles include {@code permission} (in some division). */
    public boolean has(String permission) {
        if (permissions.contains("*") || permissions.contains(permission)) {
            return true;
        }
        int last = permission.lastIndexOf(':');
        return last > 0 && permissions.contains(permission.substring(0, last) + ":*");
    }

    /** Whether the client's divisions include the division with this id and name. */
    public boolean covers(String divisionId, String divisionName) {
        return covers(divisions, divisionId, divisionName);
    }

    /** Whether the client holds {@code permission}'s grant in the division with this id and name. */
    public boolean covers(String permission, String divisionId, String divisionName) {
        return covers(narrowed.getOrDefault(permission, divisions), divisionId, divisionName);
    }

    /** Whether the client sees every division (no division restriction). */
    public boolean allDivisions() {
        return divisions.contains("*");
    }

    /** Whether {@code permission} applies in every division. */
    public boolean allDivisions(String permission) {
        return narrowed.getOrDefault(permission, divisions).contains("*");
    }

    private static boolean covers(Set<String> in, String divisionId, String divisionName) {
        return in.contains("*") || in.contains(divisionId) || (divisionName != null && in.contains(divisionName));
    }

    /** Like the record's, with the secret masked. */
    @Override
    public String toString() {
        return "OAuthClient[id=" + id + ", secret=***, name=" + name + ", permissions=" + permissions + ", divisions="
                + divisions + ", narrowed=" + narrowed + "]";
    }
}
