package dev.gcsync.cli.emulator;

import picocli.CommandLine;

/** Parses a probability in [0, 1], e.g. "0.05". */
public final class RateConverter implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        try {
            double d = Double.parseDouble(value);
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a rate between 0 and 1 (e.g. 0.05)");
    }
}
