package dev.gcsync.contract;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;

/** The emulator an adapter stands in front of, on an ephemeral port, and the clock they share. */
record Backend(SharedClock clock, Emulator emulator) implements AutoCloseable {

    static Backend start(EmulatorConfig.Builder config) {
        SharedClock clock = new SharedClock();
        return new Backend(clock, Emulator.start(config.clock(clock).build()));
    }

    @Override
    public void close() {
        emulator.close();
    }
}
