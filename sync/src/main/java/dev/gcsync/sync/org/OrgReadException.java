package dev.gcsync.sync.org;

import dev.gcsync.governor.Outcome;
import java.time.Instant;
import java.util.Optional;

/** A read the sync cannot do without (catalogue, users, members) failed or was stopped. */
public final class OrgReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Outcome outcome;
    private final transient Optional<Instant> retryAt;

    public OrgReadException(String message, Outcome outcome, Optional<Instant> retryAt) {
        super(message);
        this.outcome = outcome;
        this.retryAt = retryAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Optional<Instant> retryAt() {
        return retryAt;
    }

    /** True when the read was stopped (deadline, long Retry-After) rather than refused. */
    public boolean stopped() {
        return outcome != null && outcome.stopsRun();
    }
}
