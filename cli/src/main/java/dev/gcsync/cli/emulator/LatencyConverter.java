package dev.gcsync.cli.emulator;

import dev.gcsync.cli.options.Durations;
import dev.gcsync.emulator.Latency;
import java.time.Duration;
import picocli.CommandLine;

/** Parses "20ms-60ms" (uniform range) or "40ms" (fixed). */
public final class LatencyConverter implements CommandLine.ITypeConverter<Latency> {
    @Override
    public Latency convert(String value) {
        int dash = value.indexOf('-');
        try {
            if (dash < 0) {
                return Latency.none().withFixed(Durations.parse(value));
            }
            Duration min = Durations.parse(value.substring(0, dash));
            Duration max = Durations.parse(value.substring(dash + 1));
            return Latency.between(min, max);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a latency (e.g. 20ms-60ms or 40ms): " + e.getMessage());
        }
    }
}
