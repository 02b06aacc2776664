package dev.gcsync.governor.internal;

/**
 * A token bucket of retries shared by every call of a governor (AWS SDK v2's retry quota): a retry takes
 * {@code cost} tokens, a success gives one back, up to {@code capacity}. When a fault storm empties it,
 * retries stop until successes refill it. Thread safety: {@code synchronized}.
 */
public final class RetryBudget {
    private final int capacity;
    private final int cost;
    private int tokens;

    public RetryBudget(int capacity, int cost) {
        this.capacity = capacity;
        this.cost = cost;
        this.tokens = capacity;
    }

    /** Takes the cost of one retry; false (nothing taken) when the budget cannot pay it. */
    public synchronized boolean tryTake() {
        if (tokens < cost) {
            return false;
        }
        tokens -= cost;
        return true;
    }

    public synchronized void onSuccess() {
        tokens = Math.min(capacity, tokens + 1);
    }

    public synchronized int tokens() {
        return tokens;
    }
}
