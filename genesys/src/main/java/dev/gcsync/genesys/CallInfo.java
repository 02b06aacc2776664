package dev.gcsync.genesys;

/**
 * What the last call on a thread cost and how the server named it: attempts sent (retries and the resend
 * after a token refresh included) and the {@code ININ-Correlation-Id} of the last answer ("" when none).
 * For journals and reports; see {@link GenesysClient#lastCallOnThisThread()}.
 */
public record CallInfo(int attempts, String correlationId) {
    public static final CallInfo NONE = new CallInfo(0, "");
}
