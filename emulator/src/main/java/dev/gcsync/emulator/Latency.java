package dev.gcsync.emulator;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Injected response latency: {@code fixed} + uniform random in [{@code min}, {@code max}], plus {@code spike}
 * with probability {@code spikeRate}.
 */
public record Latency(Duration fixed, Duration min, Duration max, double spikeRate, Duration spike) {

    public Latency {
        fixed = nonNegative("fixed", fixed);
        min = nonNegative("min", min);
        max = nonNegative("max", max);
        spike = nonNegative("spike", spike);
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("latency max must be >= min, was " + min + "-" + max);
        }
        Faults.checkRate("latency spikeRate", spikeRate);
    }

    /** No latency. */
    public static Latency none() {
        return new Latency(Duration.ZERO, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO);
    }

    /** Uniform random latency between {@code min} and {@code max}. */
    public static Latency between(Duration min, Duration max) {
        return new Latency(Duration.ZERO, min, max, 0, Duration.ZERO);
    }

    public Latency withSpikes(double rate, Duration length) {
        return new Latency(fixed, min, max, rate, length);
    }

    public Latency withFixed(Duration value) {
        return new Latency(value, min, max, spikeRate, spike);
    }

    /** True when no latency is ever added. */
    public boolean addsNothing() {
        return fixed.isZero() && max.isZero() && (spikeRate == 0 || spike.isZero());
    }

    /** One latency sample. */
    public Duration sample(RandomGenerator random) {
        long millis = fixed.toMillis();
        long span = max.toMillis() - min.toMillis();
        millis += min.toMillis() + (span == 0 ? 0 : random.nextLong(span + 1));
        if (spikeRate > 0 && random.nextDouble() < spikeRate) {
            millis += spike.toMillis();
        }
        return Duration.ofMillis(millis);
    }

    private static Duration nonNegative(String name, Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException("latency " + name + " must be >= 0, was " + d);
        }
        return d;
    }
}
