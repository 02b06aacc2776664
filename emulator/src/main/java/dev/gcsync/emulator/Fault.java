package dev.gcsync.emulator;

/** The kinds of fault the emulator injects; counted per kind in the admin counters. */
public enum Fault {
    /** A 502, 503 or 504 with a Genesys error body instead of the answer. */
    SERVER_ERROR,
    /** Extra response time. */
    LATENCY,
    /** The connection is closed without a response. */
    DROPPED_CONNECTION,
    /** Another admin bumps the user's version just before a {@code PATCH /api/v2/users/{id}}: 409. */
    CONCURRENT_EDIT,
    /** {@code expand} silently not applied to a user. */
    MISSING_EXPAND,
    /** A write was applied, then answered 504: the client cannot tell whether it took effect. */
    APPLIED_THEN_ERROR
}
