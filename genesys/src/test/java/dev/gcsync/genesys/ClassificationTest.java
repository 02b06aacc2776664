package dev.gcsync.genesys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.Faults;
import dev.gcsync.genesys.model.Proficiency;
import dev.gcsync.genesys.model.UpdateUser;
import dev.gcsync.genesys.model.User;
import dev.gcsync.genesys.model.UserRoutingSkill;
import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.Outcome;
import dev.gcsync.governor.RetryCause;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One test per row of the classification table, against the emulator's fault settings over loopback. */
class ClassificationTest {
    private final EmulatorFixture fx = EmulatorFixture.fast();

    @AfterEach
    void stop() {
        fx.close();
    }

    private String firstUserId(GenesysClient client) {
        return client.usersPage(1, 1, Set.of()).entities().get(0).id();
    }

    /** Turns the faults off as soon as one has been seen, so the retry meets a healthy server. */
    private GovernorListener healAfterFirst(Class<? extends GovernorEvent> kind) {
        return e -> {
            boolean fault = kind.isInstance(e) && (!(e instanceof GovernorEvent.Answered a) || a.status() >= 500);
            if (fault) {
                fx.emulator.admin().setFaults(Faults.none());
            }
        };
    }

    @Test
    void retriesA429AfterTheRetryAfterPauseOfTheRefusingBucket() {
        // The policy is set before the first request: the governor learns the window length from it.
        fx.emulator
                .admin()
                .setPolicy(EmulatorFixture.FAST
                        .withLimit(100_000, Duration.ofSeconds(2))
                        .withBuckets(List.of(BucketRule.userWrites(1))));
        GenesysClient client = fx.client();
        String userId = firstUserId(client);
        for (int i = 0; i < 3; i++) {
            client.updateUserSkills(userId, List.of(new Proficiency(skillId(client), 1 + i)));
        }
        var metrics = client.governor().metrics();
        assertThat(metrics.throttled()).isBetween(1L, 2L);
        assertThat(metrics.retries().get(RetryCause.THROTTLED)).isEqualTo(metrics.throttled());
        assertThat(fx.emulator.admin().counters().count("PATCH /api/v2/users/{userId}/routingskills/bulk", 200))
                .isEqualTo(3);
    }

    @Test
    void readsRetryAfterSentAsAnHttpDate() {
        // The policy is set before the first request: the governor learns the window length from it.
        fx.emulator
                .admin()
                .setPolicy(EmulatorFixture.FAST
                        .withLimit(100_000, Duration.ofSeconds(2))
                        .withBuckets(List.of(BucketRule.userWrites(1)))
                        .withRetryAfterDate(true));
        GenesysClient client = fx.client();
        String userId = firstUserId(client);
        client.updateUserSkills(userId, List.of(new Proficiency(skillId(client), 2)));
        client.updateUserSkills(userId, List.of(new Proficiency(skillId(client), 3)));
        assertThat(fx.events)
                .filteredOn(e -> e instanceof GovernorEvent.Paused p && p.fromRetryAfter())
                .isNotEmpty();
    }

    @Test
    void stopsWithTheRetryTimeWhenTheDailyLimitAsksForHours() {
        GenesysClient client = fx.client();
        fx.emulator.admin().setPolicy(EmulatorFixture.FAST.withDailyLimit(1));
        client.skills();
        GenesysException e = catchThrowableOfType(GenesysException.class, client::skills);
        assertThat(e.outcome()).isEqualTo(Outcome.STOPPED_RATE_LIMITED);
        assertThat(e.retryAt()).isPresent();
        assertThat(e.getMessage()).contains("allows requests again at");
    }

    @Test
    void retriesAnIdempotentWriteAfterA5xx() {
        GenesysClient client = fx.client(fx.settings(), healAfterFirst(GovernorEvent.Answered.class));
        String userId = firstUserId(client);
        String skill = skillId(client);
        fx.emulator.admin().setFaults(Faults.none().withErrorRate(1.0));
        fx.events.clear();
        Call<List<UserRoutingSkill>> call = client.updateUserSkills(userId, List.of(new Proficiency(skill, 4)));
        assertThat(call.value()).isNotEmpty();
        assertThat(call.attempts()).as("the 5xx and the retry").isEqualTo(2);
        assertThat(client.governor().metrics().retries().get(RetryCause.SERVER_ERROR))
                .isEqualTo(1);
    }

    @Test
    void handsBackAmbiguousWhenANonIdempotentWriteMeetsA5xx() {
        GenesysClient client = fx.client();
        User user = client.usersPage(1, 1, Set.of()).entities().get(0);
        fx.emulator.admin().setFaults(Faults.none().withErrorRate(1.0));
        GenesysException e = catchThrowableOfType(
                GenesysException.class,
                () -> client.patchUser(
                        user.id(), UpdateUser.version(user.version()).withTitle("Lead")));
        assertThat(e.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(e.status()).isIn(502, 503, 504);
        assertThat(e.attempts()).as("the exception says what the call cost").isEqualTo(1);
        var counters = fx.emulator.admin().counters();
        assertThat(counters.count("PATCH /api/v2/users/{userId}", 502)
                        + counters.count("PATCH /api/v2/users/{userId}", 503)
                        + counters.count("PATCH /api/v2/users/{userId}", 504))
                .isEqualTo(1); // one attempt, no replay
    }

    @Test
    void neverReplaysANonIdempotentWriteThatWasAppliedAndThenAnswered504() {
        GenesysClient client = fx.client();
        User user = client.usersPage(1, 1, Set.of()).entities().get(0);
        fx.emulator.admin().setFaults(Faults.none().withAppliedErrorRate(1.0));
        GenesysException e = catchThrowableOfType(
                GenesysException.class,
                () -> client.patchUser(
                        user.id(), UpdateUser.version(user.version()).withTitle("Lead")));
        assertThat(e.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(e.status()).isEqualTo(504);
        assertThat(fx.emulator.admin().counters().writes("PATCH_USER", user.id()))
                .as("applied once")
                .isEqualTo(1);
        fx.emulator.admin().setFaults(Faults.none());
        assertThat(client.user(user.id(), Set.of()).title())
                .as("the caller re-reads")
                .isEqualTo("Lead");
    }

    @Test
    void retriesAnIdempotentCallWhoseConnectionWasDropped() {
        GenesysClient client = fx.client(fx.settings(), healAfterFirst(GovernorEvent.NoAnswer.class));
        client.authenticate();
        fx.emulator.admin().setFaults(Faults.none().withDropRate(1.0));
        assertThat(client.skills()).isNotEmpty();
        assertThat(client.governor().metrics().retries().get(RetryCause.TRANSPORT))
                .isEqualTo(1);
    }

    @Test
    void handsBackAmbiguousWhenANonIdempotentWriteLosesItsConnection() {
        GenesysClient client = fx.client();
        User user = client.usersPage(1, 1, Set.of()).entities().get(0);
        fx.emulator.admin().setFaults(Faults.none().withDropRate(1.0));
        GenesysException e = catchThrowableOfType(
                GenesysException.class,
                () -> client.patchUser(
                        user.id(), UpdateUser.version(user.version()).withTitle("Lead")));
        assertThat(e.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(e.status()).isZero();
    }

    @Test
    void refreshesTheTokenOnceAfterA401AndRetries() {
        GenesysClient client = fx.client();
        client.skills();
        fx.emulator.admin().revokeTokens();
        assertThat(client.skills()).isNotEmpty();
        assertThat(fx.emulator.admin().counters().count("GET /api/v2/routing/skills", 401))
                .isEqualTo(1);
        assertThat(fx.emulator.admin().counters().count("GET /api/v2/routing/skills", 200))
                .isEqualTo(2);
    }

    @Test
    void countsTheResendAfterA401AmongTheWritesAttempts() {
        GenesysClient client = fx.client();
        String userId = firstUserId(client);
        String skill = skillId(client);
        fx.emulator.admin().revokeTokens();
        Call<Boolean> call = client.removeUserSkill(userId, skill);
        assertThat(call.attempts())
                .as("the 401 and the resend with a new token")
                .isEqualTo(2);
        assertThat(call.correlationId()).isNotEmpty();
    }

    @Test
    void handsBackConflictWhenTheVersionIsStale() {
        GenesysClient client = fx.client();
        User user = client.usersPage(1, 1, Set.of()).entities().get(0);
        client.patchUser(user.id(), UpdateUser.version(user.version()).withTitle("First"));
        GenesysException e = catchThrowableOfType(
                GenesysException.class,
                () -> client.patchUser(
                        user.id(), UpdateUser.version(user.version()).withTitle("Second")));
        assertThat(e.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.correlationId()).isPresent();
        assertThat(e.attempts()).as("a conflict is not retried").isEqualTo(1);
    }

    @Test
    void failsAt400KeepingTheCodeMessageAndCorrelationId() {
        GenesysClient client = fx.client();
        GenesysException e = catchThrowableOfType(GenesysException.class, () -> client.usersPage(500, 21, Set.of()));
        assertThat(e.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isPresent();
        assertThat(e.serverMessage()).isPresent();
        assertThat(e.correlationId()).isPresent();
        assertThat(e.getMessage())
                .contains("GET /api/v2/users", "400", e.correlationId().get());
        assertThat(fx.emulator.admin().counters().count("GET /api/v2/users", 400))
                .isEqualTo(1);
    }

    private static String skillId(GenesysClient client) {
        return client.skills().get(0).id();
    }
}
