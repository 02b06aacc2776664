package dev.gcsync.cli.emulator;

import dev.gcsync.emulator.BulkCost;
import picocli.CommandLine;

/** "one" or "per-item". */
public final class BulkCostConverter implements CommandLine.ITypeConverter<BulkCost> {
    @Override
    public BulkCost convert(String value) {
        return switch (value) {
            case "one", "1" -> BulkCost.ONE;
            case "per-item" -> BulkCost.PER_ITEM;
            default ->
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a bulk cost; use one or per-item");
        };
    }
}
