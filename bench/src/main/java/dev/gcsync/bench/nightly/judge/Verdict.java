package dev.gcsync.bench.nightly.judge;

/**
 * What the server's state and counters say about one contender's run.
 *
 * @param requests       API and token requests the server answered (429s, faults and dropped ones included)
 * @param responses429   429 answers
 * @param usersConverged users that should change and whose final state matches the desired one
 * @param usersToChange  users whose desired state differs from the initial state
 * @param queuesConverged queues whose wrap-up codes match the desired list
 * @param queuesToChange  queues whose wrap-up codes should change
 * @param appliedTwice   write counters ("op target") above 1: the same write applied more than once
 */
public record Verdict(
        long requests,
        long responses429,
        long usersConverged,
        long usersToChange,
        long queuesConverged,
        long queuesToChange,
        long appliedTwice) {}
