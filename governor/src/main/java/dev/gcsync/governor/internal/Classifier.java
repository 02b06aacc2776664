package dev.gcsync.governor.internal;

import java.io.IOException;
import java.net.ConnectException;

/** The classification table, as a ladder of early returns (each with its reason). Pure. */
public final class Classifier {
    private Classifier() {}

    /** Classifies an answer with HTTP status {@code status}. */
    public static Verdict ofStatus(int status, boolean idempotent) {
        if (status < 400) {
            return Verdict.SUCCESS;
        }
        if (status == 429) {
            return Verdict.THROTTLED; // refused before processing: never applied
        }
        if (status == 401) {
            return Verdict.UNAUTHORIZED;
        }
        if (status == 409) {
            return Verdict.CONFLICT;
        }
        if (status == 502 || status == 503 || status == 504) {
            return idempotent ? Verdict.RETRY_BACKOFF : Verdict.AMBIGUOUS; // may have been applied
        }
        if (status >= 500) {
            return idempotent ? Verdict.FAIL : Verdict.AMBIGUOUS; // a bug, not load: retrying won't help
        }
        return Verdict.FAIL; // other 4xx: the request itself is wrong
    }

    /** Classifies a transport fault (no answer). */
    public static Verdict ofFault(IOException fault, boolean idempotent) {
        if (fault instanceof ConnectException) {
            return Verdict.RETRY_NOT_SENT; // no connection: nothing was sent
        }
        return idempotent ? Verdict.RETRY_BACKOFF : Verdict.AMBIGUOUS; // timeout/reset: maybe applied
    }
}
