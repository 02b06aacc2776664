package dev.gcsync.genesys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.genesys.GenesysException;
import dev.gcsync.governor.Outcome;
import dev.gcsync.governor.Reply;
import dev.gcsync.governor.ResponseHeaders;
import dev.gcsync.governor.VirtualTime;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The login host's throttle in virtual time: a fake token endpoint that gives {@code limit} tokens per window
 * per client (its window opening at the first request, like the emulator's) and answers 429 with the seconds
 * until its reset beyond.
 */
class TokenEndpointTest {
    private static final long S = 1_000_000_000L;

    // jqwik runs every try of a property on one instance: each test starts its own clock
    private VirtualTime time;
    private List<Long> sentAt;

    private void start() {
        time = new VirtualTime();
        sentAt = new ArrayList<>();
    }

    private TokenEndpoint.Requester throttledLoginHost(int limit, long windowNanos) {
        long[] window = {Long.MIN_VALUE, 0};
        return () -> {
            long now = time.nanoTime();
            sentAt.add(now);
            if (window[0] == Long.MIN_VALUE || now >= window[0] + windowNanos) {
                window[0] = now;
                window[1] = 0;
            }
            if (window[1] >= limit) {
                long left = (window[0] + windowNanos - now + S - 1) / S;
                return new Reply<>(
                        429,
                        ResponseHeaders.of(Map.of("Retry-After", List.of(Long.toString(left)))),
                        "{\"code\":\"too.many.requests.retry.after\"}".getBytes(StandardCharsets.UTF_8));
            }
            window[1]++;
            return new Reply<>(
                    200,
                    ResponseHeaders.of(Map.of()),
                    ("{\"access_token\":\"tok-" + sentAt.size() + "\",\"expires_in\":86400}")
                            .getBytes(StandardCharsets.UTF_8));
        };
    }

    private TokenEndpoint endpoint(TokenEndpoint.Requester requester) {
        return new TokenEndpoint(requester, "gcsync", "login.test", time, new Json(), Duration.ofMinutes(5));
    }

    @Property(tries = 50)
    void aPoolGetsEveryTokenByWaitingOutTheThrottleNeverByHammeringIt(
            @ForAll @IntRange(min = 1, max = 20) int pool,
            @ForAll @IntRange(min = 1, max = 10) int limit,
            @ForAll @IntRange(min = 1, max = 60) int windowSeconds) {
        start();
        TokenEndpoint endpoint = endpoint(throttledLoginHost(limit, windowSeconds * S));
        List<OAuthTokens> lanes = new ArrayList<>();
        for (int i = 0; i < pool; i++) {
            lanes.add(new OAuthTokens(endpoint, time));
        }
        lanes.forEach(OAuthTokens::current);

        assertThat(lanes).extracting(l -> l.current().reveal()).doesNotHaveDuplicates();
        int windowsNeeded = (pool - 1) / limit;
        assertThat(endpoint.throttled())
                .as("one refusal per window it had to wait for, at most")
                .isLessThanOrEqualTo(windowsNeeded);
        assertThat(time.nanoTime())
                .as("no longer than the windows the pool needs")
                .isLessThanOrEqualTo(windowsNeeded * (windowSeconds + 1L) * S);
    }

    @Test
    void aDocumentedTokenRateSpacesTheRequestsSoThatNoneIsRefused() {
        start();
        TokenEndpoint endpoint = endpoint(throttledLoginHost(2, 10 * S));
        endpoint.documentRate(2, Duration.ofSeconds(10));
        for (int i = 0; i < 6; i++) {
            new OAuthTokens(endpoint, time).current();
        }
        assertThat(endpoint.throttled()).isZero();
        assertThat(sentAt).hasSize(6);
        for (int i = 1; i < sentAt.size(); i++) {
            assertThat(sentAt.get(i) - sentAt.get(i - 1)).isGreaterThanOrEqualTo(5 * S);
        }
    }

    @Test
    void aRetryAfterBeyondTheCeilingIsAnErrorThatSaysWhatToDo() {
        start();
        TokenEndpoint endpoint = new TokenEndpoint(
                throttledLoginHost(1, 3600 * S), "gcsync", "login.test", time, new Json(), Duration.ofMinutes(5));
        endpoint.fetch();
        assertThatThrownBy(endpoint::fetch).isInstanceOfSatisfying(GenesysException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.outcome()).isEqualTo(Outcome.STOPPED_RATE_LIMITED);
            assertThat(e.getMessage()).contains("fewer --tokens");
        });
        assertThat(time.nanoTime()).as("it did not wait an hour").isZero();
    }

    @Test
    void aTokenIsRenewedBeforeItExpires() {
        start();
        TokenEndpoint endpoint = endpoint(() -> new Reply<>(
                200,
                ResponseHeaders.of(Map.of()),
                ("{\"access_token\":\"t" + time.nanoTime() + "\",\"expires_in\":100}")
                        .getBytes(StandardCharsets.UTF_8)));
        OAuthTokens tokens = new OAuthTokens(endpoint, time);
        String first = tokens.current().reveal();
        time.advance(Duration.ofSeconds(89));
        assertThat(tokens.current().reveal()).isEqualTo(first);
        time.advance(Duration.ofSeconds(2)); // a tenth of its lifetime before it expires
        assertThat(tokens.current().reveal()).isNotEqualTo(first);
        assertThat(tokens.fetches()).isEqualTo(2);
    }
}
