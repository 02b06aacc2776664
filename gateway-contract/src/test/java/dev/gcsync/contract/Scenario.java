package dev.gcsync.contract;

import com.mypurecloud.sdk.v2.api.UsersApi;
import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.RatePolicy;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The contract's scenarios, each played the same way through either adapter. The emulator's limits are
 * compressed (windows of seconds) and the clock is virtual, so each runs in well under a second.
 */
enum Scenario {
    /** Writes through a hidden bucket of 1 per 10 s: the second is refused (Retry-After 10) and held. */
    HELD_429(() -> hiddenWrites(1, Duration.ofSeconds(10)), Duration.ofMinutes(1)) {
        @Override
        void play(Play p) {
            UsersApi users = p.newClient();
            p.patchSkill(users, p.userId(0), p.skillId(0));
            p.patchSkill(users, p.userId(1), p.skillId(0));
        }
    },
    /** A hidden bucket of 1 per 120 s behind a 30 s hold: the server's Retry-After is beyond the ceiling. */
    LONG_RETRY_AFTER(() -> hiddenWrites(1, Duration.ofSeconds(120)), Duration.ofSeconds(30)) {
        @Override
        void play(Play p) {
            UsersApi users = p.newClient();
            p.patchSkill(users, p.userId(0), p.skillId(1));
            p.patchSkill(users, p.userId(1), p.skillId(1)); // refused by the server: Retry-After 120
            p.patchSkill(users, p.userId(2), p.skillId(1)); // the bucket's scope is stopped: not sent
            p.get(users, p.userId(3)); // reads are another bucket and go on
        }
    },
    /** Every request answered 5xx with Retry-After: 7 (injected): a GET retried after it, a PATCH sent once. */
    SERVER_ERROR_WITH_RETRY_AFTER(
            () -> EmulatorConfig.builder()
                    .policy(RatePolicy.genesys().withLimit(10_000, Duration.ofSeconds(60)))
                    .faults(Faults.none().withErrorRate(1).withErrorRetryAfter(Duration.ofSeconds(7))),
            Duration.ofMinutes(1)) {
        @Override
        void play(Play p) {
            UsersApi users = p.newClient();
            p.get(users, p.userId(0));
            p.patchSkill(users, p.userId(1), p.skillId(2));
        }
    },
    /** A token the server does not know: its 401 is the client's, once. */
    UNAUTHORIZED(EmulatorConfig::builder, Duration.ofMinutes(1)) {
        @Override
        void play(Play p) {
            UsersApi users = p.client("not-a-token-the-org-issued-" + p.userId(0));
            p.get(users, p.userId(0));
            p.patchSkill(users, p.userId(1), p.skillId(0));
        }
    },
    /**
     * Token A meets the hidden bucket once (its limit is learned); token B comes while A is held: two governors.
     * An hour passes; token C, A's and B's successor, writes twice through the same kind of bucket: A and B
     * are forgotten and C is paced under the learned limit from its first request (no 429).
     */
    TOKENS_AND_EVICTION(() -> hiddenWrites(1, Duration.ofSeconds(10)), Duration.ofMinutes(1)) {
        @Override
        void play(Play p) {
            UsersApi a = p.newClient();
            p.patchSkill(a, p.userId(0), p.skillId(0));
            p.patchSkill(a, p.userId(1), p.skillId(0));
            p.countGovernors();
            UsersApi b = p.newClient();
            p.patchSkill(b, p.userId(2), p.skillId(0));
            p.countGovernors();
            p.adapter.backend().clock().advance(Duration.ofMinutes(61));
            UsersApi c = p.newClient();
            p.patchSkill(c, p.userId(3), p.skillId(0));
            p.patchSkill(c, p.userId(4), p.skillId(0));
            p.countGovernors();
        }
    };

    private final Supplier<EmulatorConfig.Builder> emulator;
    private final Duration maxHold;

    Scenario(Supplier<EmulatorConfig.Builder> emulator, Duration maxHold) {
        this.emulator = emulator;
        this.maxHold = maxHold;
    }

    abstract void play(Play p);

    /** Plays the scenario through a fresh adapter of {@code kind} and its own emulator. */
    Transcript run(Adapter.Kind kind) {
        return run(kind, p -> {});
    }

    /** The same; {@code after} sees the play once it is over (its tokens, raw answers), before it stops. */
    Transcript run(Adapter.Kind kind, Consumer<Play> after) {
        try (Play p = new Play(kind, emulator.get(), maxHold)) {
            play(p);
            after.accept(p);
            return p.transcript();
        }
    }

    /** Token limit far away; a hidden (unadvertised) bucket of {@code writes} user writes per {@code window}. */
    private static EmulatorConfig.Builder hiddenWrites(int writes, Duration window) {
        return EmulatorConfig.builder()
                .policy(RatePolicy.genesys()
                        .withLimit(10_000, window)
                        .withBuckets(List.of(BucketRule.userWrites(writes))));
    }
}
