package dev.gcsync.governor;

/**
 * Where the server counts a bucket. Genesys documents per-token limits (300/min per token), per-client ones
 * in some namespaces, and per-organisation ones on assignment endpoints (2026): each caller of that scope
 * spends the same bucket.
 */
public enum ScopeKind {
    /** One token's own bucket: used in full. */
    TOKEN,
    /** Every token of one OAuth client: shared by the tokens of a pool, used in full. */
    CLIENT,
    /** The whole organisation: shared with the UI and other integrations; gcsync takes its budget share. */
    ORG;

    /** Shared by more than one token. */
    public boolean shared() {
        return this != TOKEN;
    }
}
