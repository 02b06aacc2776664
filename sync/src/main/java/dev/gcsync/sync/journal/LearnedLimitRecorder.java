package dev.gcsync.sync.journal;

import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.LearnedLimit;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves each hidden bucket the governor measures as soon as it is measured (a run killed later keeps it).
 * A failure to save is logged, never thrown: the run goes on, the next one learns again.
 *
 * <p>What is saved is what the governor holds for the family when the save runs, not the event's own copy:
 * the governor updates a measurement under its lock but announces it after, on the thread of the answer that
 * taught it, so a refusal's count (say 8, two accepted answers still in flight) can reach this listener after
 * the corrections those answers made (9, then 10). Saving the event would keep the stale 8; saving what the
 * governor holds, one save at a time, leaves the latest measurement stored once the last save has run.
 */
public final class LearnedLimitRecorder implements GovernorListener {
    private static final Logger LOG = LoggerFactory.getLogger(LearnedLimitRecorder.class);

    private final LearnedLimitStore store;
    private final String org;
    private final Supplier<List<LearnedLimit>> held;

    /** @param held what the governor holds now (read at each save; empty before the governor exists) */
    public LearnedLimitRecorder(LearnedLimitStore store, String org, Supplier<List<LearnedLimit>> held) {
        this.store = store;
        this.org = org;
        this.held = held;
    }

    @Override
    public void onEvent(GovernorEvent event) {
        if (event instanceof GovernorEvent.LimitLearned learned) {
            save(learned.limit());
        }
    }

    private synchronized void save(LearnedLimit announced) {
        LearnedLimit latest = held.get().stream()
                .filter(l -> l.family().equals(announced.family()) && l.kind() == announced.kind())
                .findFirst()
                .orElse(announced);
        try {
            store.save(org, latest);
        } catch (JournalException e) {
            LOG.warn("{}", e.getMessage());
        }
    }
}
