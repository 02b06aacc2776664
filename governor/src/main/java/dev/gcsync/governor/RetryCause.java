package dev.gcsync.governor;

/** Why a call was sent again. */
public enum RetryCause {
    /** 429. */
    THROTTLED,
    /** 502/503/504 on an idempotent call. */
    SERVER_ERROR,
    /** Timeout or reset on an idempotent call. */
    TRANSPORT,
    /** Connection refused (nothing was sent). */
    NOT_SENT,
    /** 401 cured by a token refresh (reported by the auth link). */
    UNAUTHORIZED
}
