package dev.gcsync.bench.nightly;

import dev.gcsync.governor.TimeSource;
import java.util.function.BooleanSupplier;

/**
 * A harness thread that polls a condition on the server while a contender runs and acts once when it holds
 * (lift a daily limit, start background traffic). One daemon thread; {@link #close()} interrupts and joins it.
 */
final class Watch implements AutoCloseable {
    /** What to do once the condition holds; may wait on the time source. */
    interface Action {
        void run() throws InterruptedException;
    }

    private final Thread thread;

    Watch(String name, TimeSource time, long pollNanos, BooleanSupplier condition, Action action) {
        thread = new Thread(
                () -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            if (condition.getAsBoolean()) {
                                action.run();
                                return;
                            }
                            time.await(pollNanos);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            // closing must not throw InterruptedException (try-with-resources would suppress it): keep the flag
            Thread.currentThread().interrupt();
        }
    }
}
