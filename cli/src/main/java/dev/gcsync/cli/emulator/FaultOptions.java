package dev.gcsync.cli.emulator;

import dev.gcsync.cli.options.Durations;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.Latency;
import dev.gcsync.emulator.Profile;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Fault options; each one given overrides the profile's value. */
public final class FaultOptions {
    @Option(
            names = "--error-rate",
            paramLabel = "RATE",
            converter = RateConverter.class,
            description = "Fraction of API requests answered 502/503/504.")
    Double errorRate;

    @Option(
            names = "--error-retry-after",
            paramLabel = "DURATION",
            converter = Durations.class,
            description = "Retry-After (whole seconds) on the 502/503/504 of --error-rate; none by default.")
    Duration errorRetryAfter;

    @Option(
            names = "--latency",
            paramLabel = "MIN-MAX",
            converter = LatencyConverter.class,
            description = "Added latency: 20ms-60ms (uniform) or 40ms (fixed).")
    Latency latency;

    @Option(
            names = "--latency-spike",
            paramLabel = "DURATION",
            converter = Durations.class,
            description = "Length of a rare latency spike (with --latency-spike-rate).")
    Duration spike;

    @Option(
            names = "--latency-spike-rate",
            paramLabel = "RATE",
            converter = RateConverter.class,
            description = "Fraction of requests that get the spike.")
    Double spikeRate;

    @Option(
            names = "--drop-rate",
            paramLabel = "RATE",
            converter = RateConverter.class,
            description = "Fraction of API requests whose connection is closed without a response.")
    Double dropRate;

    @Option(
            names = "--conflict-rate",
            paramLabel = "RATE",
            converter = RateConverter.class,
            description = "Fraction of PATCH /api/v2/users/{id} that meet a concurrent edit (409).")
    Double conflictRate;

    @Option(
            names = "--missing-expand-rate",
            paramLabel = "RATE",
            converter = RateConverter.class,
            description = "Fraction of users returned without the requested expand fields.")
    Double missingExpandRate;

    @Option(
            names = "--member-read-lag",
            paramLabel = "DURATION",
            converter = Durations.class,
            description = "Delay before queue-membership writes show in reads.")
    Duration memberReadLag;

    @Option(
            names = "--applied-error-rate",
            paramLabel = "RATE",
            converter = RateConverter.class,
            description = "Fraction of API writes applied and then answered 504 (ambiguous outcome).")
    Double appliedErrorRate;

    @Option(
            names = "--token-lifetime",
            paramLabel = "DURATION",
            converter = Durations.class,
            description = "Lifetime of issued tokens (default 24h).")
    Duration tokenLifetime;

    public Faults apply(Profile profile) {
        Faults f = profile.faults();
        Latency l = latency == null ? f.latency() : latency;
        if (spike != null || spikeRate != null) {
            l = l.withSpikes(spikeRate == null ? 0.01 : spikeRate, spike == null ? Duration.ofSeconds(1) : spike);
        }
        f = f.withLatency(l);
        f = errorRate == null ? f : f.withErrorRate(errorRate);
        f = errorRetryAfter == null ? f : f.withErrorRetryAfter(errorRetryAfter);
        f = dropRate == null ? f : f.withDropRate(dropRate);
        f = conflictRate == null ? f : f.withConflictRate(conflictRate);
        f = missingExpandRate == null ? f : f.withMissingExpandRate(missingExpandRate);
        f = memberReadLag == null ? f : f.withMemberReadLag(memberReadLag);
        f = appliedErrorRate == null ? f : f.withAppliedErrorRate(appliedErrorRate);
        return tokenLifetime == null ? f : f.withTokenLifetime(tokenLifetime);
    }
}
