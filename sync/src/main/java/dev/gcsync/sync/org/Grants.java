package dev.gcsync.sync.org;

import java.util.List;
import java.util.Map;

/**
 * What the OAuth client may do, as the org reports it: the org's division names, and for each permission
 * asked about, the names of the divisions where the client holds it (empty: missing).
 */
public record Grants(List<String> divisions, Map<String, List<String>> permitted) {
    public Grants {
        divisions = List.copyOf(divisions);
        permitted = Map.copyOf(permitted);
    }

    /** Whether the client holds {@code permission} in at least one division. */
    public boolean has(String permission) {
        return !where(permission).isEmpty();
    }

    public List<String> where(String permission) {
        return permitted.getOrDefault(permission, List.of());
    }

    /** Whether the client holds {@code permission} in every division of the org. */
    public boolean everywhere(String permission) {
        return where(permission).size() >= divisions.size();
    }

    /** "Home, EMEA (2 of 4 divisions)". */
    public String describeWhere(String permission) {
        return String.join(", ", where(permission)) + " (" + where(permission).size() + " of " + divisions.size()
                + " divisions)";
    }
}
