package dev.gcsync.sync.desired;

import java.util.Locale;
import java.util.Optional;

/** How a facet is synced: additive adds and updates only; authoritative also removes what is not listed. */
public enum FacetMode {
    ADDITIVE,
    AUTHORITATIVE;

    public static Optional<FacetMode> parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "additive":
                return Optional.of(ADDITIVE);
            case "authoritative":
                return Optional.of(AUTHORITATIVE);
            default:
                return Optional.empty();
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
