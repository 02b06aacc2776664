package dev.gcsync.genesys.internal;

import dev.gcsync.governor.Governor;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The tokens of one OAuth client that a client sends through: each with its own governor (its per-token
 * window) over one shared {@code OrgBudget}. A call goes to the token with the fewest calls under way (the
 * next one in turn on a tie), so the tokens' windows fill evenly. Thread-safe: atomic counters.
 */
public final class TokenPool {
    /** One token: its cache and its governor. */
    public record Lane(int index, OAuthTokens tokens, Governor governor, AtomicInteger busy) {}

    private final List<Lane> lanes;
    private final AtomicInteger turn = new AtomicInteger();
    private final Function<Integer, OAuthTokens> tokens;
    private OAuthTokens spare;

    public TokenPool(int size, Function<Integer, OAuthTokens> tokens, Function<Integer, Governor> governors) {
        this.tokens = tokens;
        this.lanes = IntStream.range(0, size)
                .mapToObj(i -> new Lane(i, tokens.apply(i), governors.apply(i), new AtomicInteger()))
                .toList();
    }

    /**
     * Another token of the client than {@code lane}'s, to ask the server whose a bucket is: the next lane's, or
     * with one token a spare one, fetched on first use (one login a run, through the pool's token endpoint and
     * its throttle) and renewed like the others.
     */
    public synchronized OAuthTokens another(Lane lane) {
        if (lanes.size() > 1) {
            return lanes.get((lane.index() + 1) % lanes.size()).tokens();
        }
        if (spare == null) {
            spare = tokens.apply(lanes.size());
        }
        return spare;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /** The lane for the next call; hand it back with {@link #done}. */
    public Lane take() {
        int start = Math.floorMod(turn.getAndIncrement(), lanes.size());
        Lane best = lanes.get(start);
        for (int i = 1; i < lanes.size(); i++) {
            Lane l = lanes.get((start + i) % lanes.size());
            if (l.busy().get() < best.busy().get()) {
                best = l;
            }
        }
        best.busy().incrementAndGet();
        return best;
    }

    public void done(Lane lane) {
        lane.busy().decrementAndGet();
    }
}
