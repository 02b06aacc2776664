package dev.gcsync.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code gcsync emulator}: runs the Genesys Cloud API emulator in the foreground. */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Runs the Genesys Cloud API emulator (rate limits, faults, seed data) until stopped.")
public final class EmulatorCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("emulator: under construction");
    }
}
