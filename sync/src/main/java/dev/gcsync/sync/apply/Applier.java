package dev.gcsync.sync.apply;

import dev.gcsync.governor.Outcome;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.journal.JournalException;
import dev.gcsync.sync.journal.JournaledOp;
import dev.gcsync.sync.journal.OpState;
import dev.gcsync.sync.org.WriteResult;
import dev.gcsync.sync.plan.Op;
import dev.gcsync.sync.plan.OrgWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends a run's pending ops with several in flight, journaling each one as SENT before it leaves and as
 * DONE or FAILED when the answer is known. Pacing, pauses and retries happen in the governor behind
 * {@link OrgWriter#write}; this class only decides what an outcome means for the op:
 * <ul>
 *   <li>SUCCESS → done;</li>
 *   <li>CONFLICT (409) or AMBIGUOUS (a non-idempotent write met a 5xx/timeout) → re-read and re-diff
 *       ({@link Rediff}); what is left is journaled as a new op and sent, at most {@value #MAX_REDIFFS} times;</li>
 *   <li>a stop (deadline, Retry-After above the ceiling, interrupt) → the op goes back to PENDING and no
 *       further op is started: {@code gcsync resume} continues;</li>
 *   <li>an operator's {@link StopRequest} (SIGINT, SIGTERM) → no further op is started; the ops in flight get
 *       {@link #STOP_GRACE} to be answered, then their threads are interrupted and the ops go back to
 *       PENDING (one that reached the server is seen as done by resume's fresh read, not sent again);</li>
 *   <li>anything else → failed, with status, code, message and correlation id.</li>
 * </ul>
 * Thread safety: workers share only the op queue, counters and the stop flag (all concurrent types).
 */
public final class Applier {
    static final int MAX_REDIFFS = 5;
    /**
     * How long the requests in flight may take to be answered after a stop request before they are abandoned:
     * well inside the time a service manager waits between SIGTERM and SIGKILL (Kubernetes 30 s, systemd 90 s).
     */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final OrgWriter api;
    private final Journal journal;
    private final Rediff rediff;
    private final ApplyListener listener;
    private final int inFlight;
    private final StopRequest stopRequest;
    private final TimeSource time;

    /**
     * @param stopRequest an operator's stop (signals)
     * @param time        waits out {@link #STOP_GRACE}
     */
    public Applier(
            OrgWriter api,
            Journal journal,
            Rediff rediff,
            ApplyListener listener,
            int inFlight,
            StopRequest stopRequest,
            TimeSource time) {
        if (inFlight < 1) {
            throw new IllegalArgumentException("in-flight must be at least 1, was " + inFlight);
        }
        this.api = api;
        this.journal = journal;
        this.rediff = rediff;
        this.listener = listener;
        this.inFlight = inFlight;
        this.stopRequest = stopRequest;
        this.time = time;
    }

    public ApplyResult apply(long runId, List<JournaledOp> ops) {
        listener.onStart(ops);
        ConcurrentLinkedQueue<JournaledOp> queue = new ConcurrentLinkedQueue<>(ops);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<WriteResult> stop = new AtomicReference<>();
        AtomicReference<JournalException> journalFailure = new AtomicReference<>();
        Runnable worker = () -> {
            JournaledOp next;
            while (stop.get() == null
                    && journalFailure.get() == null
                    && !stopRequest.requested()
                    && (next = queue.poll()) != null) {
                try {
                    send(runId, next, 0, done, failed, stop);
                } catch (JournalException e) {
                    // Nothing may leave unjournaled: a journal that cannot be written stops every worker.
                    journalFailure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < Math.min(inFlight, Math.max(1, ops.size())); i++) {
            Thread t = new Thread(worker, "gcsync-apply-" + i);
            threads.add(t);
            t.start();
        }
        Runnable forget = stopRequest.whenRequested(() -> abandonAfterGrace(threads));
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            stop.compareAndSet(null, new WriteResult(Outcome.INTERRUPTED, 0, "", "interrupted", Optional.empty()));
            threads.forEach(Applier::joinQuietly);
        } finally {
            forget.run();
        }
        if (journalFailure.get() != null) {
            throw journalFailure.get();
        }
        if (stopRequest.requested() && !queue.isEmpty()) { // a stop after the last op changes nothing
            stop.compareAndSet(
                    null,
                    new WriteResult(
                            Outcome.INTERRUPTED, 0, "", stopRequest.reason().orElseThrow(), Optional.empty()));
        }
        int pending = (int) journal.ops(runId).stream()
                .filter(o -> o.state() == OpState.PENDING || o.state() == OpState.SENT)
                .count();
        WriteResult stopped = stop.get();
        Optional<Instant> retryAt = stopped == null ? Optional.empty() : stopped.retryAt();
        return new ApplyResult(
                done.get(),
                failed.get(),
                pending,
                Optional.ofNullable(stopped).map(WriteResult::outcome),
                retryAt,
                stopRequest.reason().filter(r -> stopped != null && stopped.outcome() == Outcome.INTERRUPTED));
    }

    /** After {@link #STOP_GRACE}, interrupts the workers still waiting for an answer or a permit. */
    private void abandonAfterGrace(List<Thread> workers) {
        Thread grace = new Thread(
                () -> {
                    try {
                        time.await(STOP_GRACE.toNanos());
                    } catch (InterruptedException e) {
                        return;
                    }
                    workers.stream().filter(Thread::isAlive).forEach(Thread::interrupt);
                },
                "gcsync-stop-grace");
        grace.setDaemon(true);
        grace.start();
    }

    private void send(
            long runId,
            JournaledOp op,
            int rediffs,
            AtomicInteger done,
            AtomicInteger failed,
            AtomicReference<WriteResult> stop) {
        journal.markSent(runId, op.seq());
        WriteResult result;
        try {
            result = api.write(op.op());
        } catch (RuntimeException e) {
            // A bug or a refused argument must fail this op, not silently end its worker.
            result = new WriteResult(
                    Outcome.FAILED,
                    0,
                    "",
                    "gcsync could not send " + op.op().describe() + ": " + e.getMessage(),
                    Optional.empty());
        }
        Outcome outcome = result.outcome();
        if (outcome == Outcome.SUCCESS) {
            journal.markDone(runId, op.seq(), result.attempts(), result.correlationId());
            done.incrementAndGet();
        } else if (outcome.stopsRun()) {
            journal.markPending(runId, op.seq(), result.attempts(), result.message());
            stop.compareAndSet(null, result);
        } else if ((outcome == Outcome.CONFLICT || outcome == Outcome.AMBIGUOUS) && rediffs < MAX_REDIFFS) {
            Optional<Op> rest = rediff.after(op.op());
            if (rest.isPresent()) {
                journal.markSuperseded(runId, op.seq(), result.attempts(), result.correlationId(), result.message());
                JournaledOp again =
                        journal.appendOps(runId, List.of(rest.get())).get(0);
                listener.onOpFinished(op, result);
                send(runId, again, rediffs + 1, done, failed, stop);
                return;
            }
            journal.markDone(runId, op.seq(), result.attempts(), result.correlationId());
            done.incrementAndGet();
        } else {
            journal.markFailed(runId, op.seq(), result.attempts(), result.correlationId(), result.message());
            failed.incrementAndGet();
        }
        listener.onOpFinished(op, result);
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
