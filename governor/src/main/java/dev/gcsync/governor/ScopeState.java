package dev.gcsync.governor;

/**
 * A read-only copy of one rate scope's state, for metrics, doctor and the report.
 *
 * @param name             {@code token}, {@code bucket:<limit>}, {@code family:<name>} or
 *                         {@code org:<family>} / {@code client:<family>}
 * @param kind             where the server counts it
 * @param allowedRate      requests per second this caller is allowed in the bucket: limit ÷ window, of an org's
 *                         bucket the budget share of it (of an estimate when it is not documented); 0 when unknown
 * @param pacedRate        requests per second the governor sends at most through this scope now
 * @param remaining        requests estimated left in the current window (NaN when unknown)
 * @param rateFactor       the AIMD factor (1 = not cut)
 * @param pausedNanosTotal time paused by 429s
 * @param stopped          stopped until a Retry-After beyond the ceiling
 * @param waitedNanosTotal time callers were told to wait by this scope (pacing and pauses): the scope that
 *                         waited most is the one that bound the run
 */
public record ScopeState(
        String name,
        ScopeKind kind,
        double allowedRate,
        double pacedRate,
        double remaining,
        double rateFactor,
        long pausedNanosTotal,
        boolean stopped,
        long waitedNanosTotal) {}
