package dev.gcsync.governor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the buckets that several processes spend are counted: the pace of an org's or a client's bucket (the
 * slot of each request), the pause of such a bucket after a 429, and what was learned of hidden buckets. The
 * default keeps them in this process ({@link #local()}: today's behaviour); a shared store (Redis) lets several
 * processes and hosts spend one org's budget together. Implementations are thread-safe and never throw from
 * {@link #reserve} or {@link #pause}: a store that is away says so ({@link Reservation.Local}) and the bucket
 * paces on its own, at a cautious share, until the store is back.
 */
public interface BudgetStore extends AutoCloseable {

    /**
     * One slot of the shared bucket {@code scope} (a scope name such as {@code org:users}), at least
     * {@code intervalNanos} after the previous slot any process took; or how long to wait; or "pace locally".
     */
    Reservation reserve(String scope, long intervalNanos);

    /**
     * {@code scope} was refused: every process holds it for {@code pause} (the store's clock). Returns the
     * pause's mark (its end on the store's clock, as {@link Reservation.Shared#pauseMark} reports it), 0 when
     * not shared.
     */
    long pause(String scope, Duration pause);

    /**
     * A request of {@code family} was accepted: counted with every process's, so that a process that finds a
     * bucket shared can tell what all of them got in the window that refused it (its own count is its part).
     * Must not wait for the store (the default, for a store that shares nothing, does nothing).
     */
    default void accepted(String family) {}

    /**
     * How many requests of {@code family} every process sharing the store got accepted in the last {@code back}
     * (the store's clock); empty when the store shares nothing or is away.
     */
    default OptionalInt acceptedWithin(String family, Duration back) {
        return OptionalInt.empty();
    }

    /** What a process learned of a shared or hidden bucket, to start others (and later runs) from it. */
    void learned(LearnedLimit limit);

    /** What the processes sharing this store have learned (empty for the local store). */
    List<LearnedLimit> learnedLimits();

    /** What the store is and how it is doing, for doctor, reports and /metrics. */
    StoreStatus status();

    @Override
    void close();

    /** The answer of {@link #reserve}. */
    sealed interface Reservation {
        /**
         * The shared store counted it: go now ({@code waitNanos == 0}), else ask again after {@code waitNanos}.
         *
         * @param pauseMark the latest pause any process set on the scope (its end on the store's clock; 0: none
         *                  lately): a mark this process did not set is another process's refusal, which cuts
         *                  this process's estimate too
         * @param paced     the wait is the shared pace's (not a pause): the pace binds, the bucket is used
         */
        record Shared(long waitNanos, long pauseMark, boolean paced) implements Reservation {}

        /**
         * Pace in this process: each interval multiplied by {@code slowdown} (1 with the local store; more when
         * the shared store is away and the others may still be sending).
         */
        record Local(double slowdown) implements Reservation {}
    }

    /**
     * @param kind          {@code local} or {@code redis}
     * @param where         where it is, never with a password (e.g. {@code redis://cache:6379/0})
     * @param connected     whether the last call reached it
     * @param latency       the last round trip, if any
     * @param processes     the processes seen sharing it in the last minute (hashes, never hosts' secrets)
     * @param localPacings  how many times this process fell back to local pacing because the store was away
     * @param pacePerScope  the shared pace of each scope (requests per second, all processes together), as the
     *                      last process to take a slot asked for it
     */
    record StoreStatus(
            String kind,
            String where,
            boolean connected,
            Optional<Duration> latency,
            List<String> processes,
            long localPacings,
            Map<String, Double> pacePerScope) {
        public StoreStatus {
            processes = List.copyOf(processes);
            pacePerScope = Map.copyOf(pacePerScope);
        }
    }

    /** Today's behaviour: everything counted in this process, nothing shared with others. */
    static BudgetStore local() {
        return LocalBudgetStore.INSTANCE;
    }
}
