package dev.gcsync.cli.emulator;

import dev.gcsync.emulator.SeedStyle;
import java.util.Locale;
import picocli.CommandLine;

/** "tidy" or "messy". */
public final class SeedStyleConverter implements CommandLine.ITypeConverter<SeedStyle> {
    @Override
    public SeedStyle convert(String value) {
        try {
            return SeedStyle.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a seed style; use tidy or messy");
        }
    }
}
