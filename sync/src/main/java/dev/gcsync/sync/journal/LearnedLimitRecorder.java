package dev.gcsync.sync.journal;

import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.GovernorListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves each hidden bucket the governor measures as soon as it is measured (a run killed later keeps it).
 * A failure to save is logged, never thrown: the run goes on, the next one learns again.
 */
public final class LearnedLimitRecorder implements GovernorListener {
    private static final Logger LOG = LoggerFactory.getLogger(LearnedLimitRecorder.class);

    private final LearnedLimitStore store;
    private final String org;

    public LearnedLimitRecorder(LearnedLimitStore store, String org) {
        this.store = store;
        this.org = org;
    }

    @Override
    public void onEvent(GovernorEvent event) {
        if (event instanceof GovernorEvent.LimitLearned learned) {
            try {
                store.save(org, learned.limit());
            } catch (JournalException e) {
                LOG.warn("{}", e.getMessage());
            }
        }
    }
}
