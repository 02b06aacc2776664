package dev.gcsync.sync.plan;

import dev.gcsync.sync.org.WriteResult;

/**
 * Sends the plan's ops to an org. Implementations are thread-safe: the applier calls {@link #write} from
 * several threads.
 */
public interface OrgWriter {

    /** Sends one op (with the governor's retries); never throws for an HTTP answer. */
    WriteResult write(Op op);
}
