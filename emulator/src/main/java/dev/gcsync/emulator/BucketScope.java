package dev.gcsync.emulator;

import java.util.Locale;

/**
 * Who shares a bucket's window: each token its own ({@code TOKEN}, the default and what Genesys documents for
 * its 300/min), every token of one OAuth client ({@code CLIENT}), or every caller of the org ({@code ORG}: the
 * per-organisation limits Genesys announced for 10 August 2026, shared with the Admin UI and other
 * integrations).
 */
public enum BucketScope {
    TOKEN,
    CLIENT,
    ORG;

    /** {@code token}, {@code client} or {@code org}: the spelling of options and limit keys. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
