package dev.gcsync.genesys;

import dev.gcsync.governor.Outcome;
import java.time.Instant;
import java.util.Optional;

/**
 * A Genesys call that did not succeed: the one exception type of the client. Carries the HTTP status
 * (0 when no answer came), the Genesys error code, its message, the correlation id and the outcome class
 * that tells the caller what to do ({@link Outcome#CONFLICT}: re-read; {@link Outcome#AMBIGUOUS}: re-read
 * before deciding; {@link Outcome#STOPPED_RATE_LIMITED}: leave the rest pending until {@link #retryAt()}),
 * and, like a {@link Call}, the attempts sent for it. Its message names the call and never contains a token or a
 * secret.
 */
public final class GenesysException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final int status;
    private final String code;
    private final String serverMessage;
    private final String correlationId;
    private final int attempts;
    private final Outcome outcome;
    private final transient Optional<Instant> retryAt;

    /** A failure before any request reached the API (the login host's, or the client's own check): no attempts. */
    public GenesysException(
            String call,
            int status,
            String code,
            String serverMessage,
            String correlationId,
            Outcome outcome,
            Optional<Instant> retryAt,
            Throwable cause) {
        this(call, status, code, serverMessage, correlationId, 0, outcome, retryAt, cause);
    }

    /** @param attempts requests sent for the call (retries and the resend after a token refresh included) */
    public GenesysException(
            String call,
            int status,
            String code,
            String serverMessage,
            String correlationId,
            int attempts,
            Outcome outcome,
            Optional<Instant> retryAt,
            Throwable cause) {
        super(describe(call, status, code, serverMessage, correlationId, outcome, retryAt), cause);
        this.call = call;
        this.status = status;
        this.code = code;
        this.serverMessage = serverMessage;
        this.correlationId = correlationId;
        this.attempts = attempts;
        this.outcome = outcome;
        this.retryAt = retryAt;
    }

    private static String describe(
            String call,
            int status,
            String code,
            String message,
            String correlationId,
            Outcome outcome,
            Optional<Instant> retryAt) {
        StringBuilder sb = new StringBuilder(call).append(": ").append(outcome);
        if (status > 0) {
            sb.append(" (HTTP ")
                    .append(status)
                    .append(code == null ? "" : " " + code)
                    .append(')');
        }
        if (message != null && !message.isBlank()) {
            sb.append(": ").append(message);
        }
        retryAt.ifPresent(
                at -> sb.append("; the server allows requests again at ").append(at));
        if (correlationId != null) {
            sb.append(" [correlation id ").append(correlationId).append(']');
        }
        return sb.toString();
    }

    /** {@code METHOD /path} of the failed call. */
    public String call() {
        return call;
    }

    public int status() {
        return status;
    }

    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }

    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }

    /** Requests sent for the call before it failed (0 when none reached the API). */
    public int attempts() {
        return attempts;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Optional<Instant> retryAt() {
        return retryAt;
    }
}
