package dev.gcsync.sync.org;

import java.util.List;
import java.util.Map;

/**
 * What the OAuth client may do, as the org reports it: the org's divisions, and for each permission asked
 * about, the divisions where the client holds it (empty: missing).
 */
public record Grants(List<NamedId> divisions, Map<String, List<NamedId>> permitted) {
    public Grants {
        divisions = List.copyOf(divisions);
        permitted = Map.copyOf(permitted);
    }

    /** Whether the client holds {@code permission} in at least one division. */
    public boolean has(String permission) {
        return !where(permission).isEmpty();
    }

    public List<NamedId> where(String permission) {
        return permitted.getOrDefault(permission, List.of());
    }

    /** Whether the client holds {@code permission} in the division with this id. */
    public boolean holdsIn(String permission, String divisionId) {
        return where(permission).stream().anyMatch(d -> d.id().equals(divisionId));
    }

    /** Whether the client holds {@code permission} in every division of the org. */
    public boolean everywhere(String permission) {
        return where(permission).size() >= divisions.size();
    }

    /** The name of a division, or its id when the org did not list it. */
    public String divisionName(String divisionId) {
        return divisions.stream()
                .filter(d -> d.id().equals(divisionId))
                .map(NamedId::name)
                .findFirst()
                .orElse(divisionId);
    }

    /** "Home, EMEA (2 of 4 divisions)". */
    public String describeWhere(String permission) {
        return String.join(", ", where(permission).stream().map(NamedId::name).toList()) + " ("
                + where(permission).size() + " of " + divisions.size() + " divisions)";
    }
}
