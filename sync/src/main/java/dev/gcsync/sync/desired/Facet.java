package dev.gcsync.sync.desired;

import java.util.Arrays;
import java.util.Optional;

/** The parts of the configuration gcsync manages, each with its own additive/authoritative mode. */
public enum Facet {
    SKILLS("skills"),
    LANGUAGES("languages"),
    QUEUES("queues"),
    WRAPUP_CODES("wrapupCodes");

    private final String key;

    Facet(String key) {
        this.key = key;
    }

    /** The name used in files and on the command line. */
    public String key() {
        return key;
    }

    public static Optional<Facet> byKey(String key) {
        return Arrays.stream(values())
                .filter(f -> f.key.equalsIgnoreCase(key.trim()))
                .findFirst();
    }
}
