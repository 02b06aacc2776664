package dev.gcsync.genesys;

import java.util.Objects;
import java.util.function.Function;

/**
 * A call that succeeded, as the server answered it: the typed {@code value} (null for a call whose answer has
 * no body the client reads, such as a queue-member change), the {@code attempts} sent for it (retries and the
 * resend after a token refresh included) and the {@code ININ-Correlation-Id} of the last answer ("" when none).
 * A call that failed is a {@link GenesysException} carrying the same attempts and correlation id. A value of the
 * call itself, so it stays right however many calls are in flight on however many threads.
 */
public record Call<T>(T value, int attempts, String correlationId) {
    public Call {
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be ≥ 0, got " + attempts);
        }
        Objects.requireNonNull(correlationId, "correlationId (\"\" when the server sent none)");
    }

    /** The same call with its value read or reduced by {@code f} (attempts and correlation id kept). */
    public <R> Call<R> map(Function<? super T, ? extends R> f) {
        return new Call<>(f.apply(value), attempts, correlationId);
    }
}
