package dev.gcsync.emulator;

import java.util.Locale;

/**
 * When a bucket's windows open. Genesys documents neither, so the emulator offers both.
 * {@code FIRST}: at the first request after the previous window closed (the emulator's behaviour so far);
 * {@code CLOCK}: at multiples of the window length on the emulator clock (since the epoch), whoever asks.
 */
public enum WindowAlign {
    FIRST,
    CLOCK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
