package dev.gcsync.sync.journal;

import dev.gcsync.sync.plan.Op;

/** An op as the journal holds it: its sequence number in the run, state, attempts and last error. */
public record JournaledOp(
        long runId, int seq, Op op, OpState state, int attempts, String correlationId, String error) {}
