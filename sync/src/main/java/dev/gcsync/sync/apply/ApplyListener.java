package dev.gcsync.sync.apply;

import dev.gcsync.sync.journal.JournaledOp;
import dev.gcsync.sync.org.WriteResult;
import java.util.List;

/** Progress of an apply, for the progress bar or log lines. Called from worker threads: be thread-safe. */
public interface ApplyListener {
    /** The apply is about to send these ops. */
    default void onStart(List<JournaledOp> ops) {}

    /** One op finished (done, failed or left pending). */
    void onOpFinished(JournaledOp op, WriteResult result);

    static ApplyListener none() {
        return (op, result) -> {};
    }
}
