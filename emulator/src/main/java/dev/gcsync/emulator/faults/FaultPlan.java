package dev.gcsync.emulator.faults;

import java.time.Duration;

/**
 * What happens to one request before its handler runs: a delay, then either a dropped connection,
 * a 5xx status, or the normal answer.
 */
public record FaultPlan(Duration delay, boolean drop, int errorStatus) {
    public static final FaultPlan NONE = new FaultPlan(Duration.ZERO, false, 0);

    public boolean isNone() {
        return this == NONE || (delay.isZero() && !drop && errorStatus == 0);
    }
}
