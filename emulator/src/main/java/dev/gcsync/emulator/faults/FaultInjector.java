package dev.gcsync.emulator.faults;

import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.OrgQuirks;
import java.util.Random;

/**
 * Draws faults from one seeded random, so one seed and one request sequence give the same faults.
 * Thread safety: the faults value is immutable and swapped whole; draws synchronize on the random.
 */
public final class FaultInjector {
    private static final int[] ERROR_STATUSES = {502, 503, 504};

    private final Random random;
    private volatile Faults faults;
    private volatile OrgQuirks quirks = OrgQuirks.defaults();

    public FaultInjector(Faults faults, long seed) {
        this.faults = faults;
        this.random = new Random(seed);
    }

    public Faults faults() {
        return faults;
    }

    public void setFaults(Faults newFaults) {
        faults = newFaults;
    }

    public OrgQuirks quirks() {
        return quirks;
    }

    public void setQuirks(OrgQuirks newQuirks) {
        quirks = newQuirks;
    }

    /** True when this skill or language bulk write meets a version mismatch ({@link OrgQuirks#skillConflictRate}). */
    public boolean skillConflict() {
        return draw(quirks.skillConflictRate());
    }

    /** Reseeds the random (admin reset), so a test can replay a fault sequence. */
    public void reseed(long seed) {
        synchronized (random) {
            random.setSeed(seed);
        }
    }

    /** The faults for one API request. */
    public FaultPlan plan() {
        Faults f = faults;
        if (f.latency().addsNothing() && f.dropRate() == 0 && f.errorRate() == 0) {
            return FaultPlan.NONE;
        }
        synchronized (random) {
            var delay = f.latency().sample(random);
            boolean drop = f.dropRate() > 0 && random.nextDouble() < f.dropRate();
            int status = !drop && f.errorRate() > 0 && random.nextDouble() < f.errorRate()
                    ? ERROR_STATUSES[random.nextInt(ERROR_STATUSES.length)]
                    : 0;
            return new FaultPlan(delay, drop, status);
        }
    }

    /** True when this {@code PATCH /api/v2/users/{id}} meets a concurrent edit. */
    public boolean concurrentEdit() {
        return draw(faults.conflictRate());
    }

    /** True when this applied write is to be answered 504 anyway. */
    public boolean errorAfterApply() {
        return draw(faults.appliedErrorRate());
    }

    /** True when this user's expanded fields are silently left out. */
    public boolean omitExpand() {
        return draw(faults.missingExpandRate());
    }

    private boolean draw(double rate) {
        if (rate == 0) {
            return false;
        }
        synchronized (random) {
            return random.nextDouble() < rate;
        }
    }
}
