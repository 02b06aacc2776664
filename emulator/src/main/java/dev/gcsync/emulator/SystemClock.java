package dev.gcsync.emulator;

import java.time.Duration;

/** The real clock: {@link System#currentTimeMillis()} and {@link Thread#sleep}. Stateless. */
enum SystemClock implements EmulatorClock {
    INSTANCE;

    @Override
    public long currentMillis() {
        return System.currentTimeMillis();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isZero() && !duration.isNegative()) {
            Thread.sleep(duration.toMillis());
        }
    }
}
