package dev.gcsync.genesys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.genesys.model.CatalogueEntry;
import dev.gcsync.genesys.model.Proficiency;
import dev.gcsync.genesys.model.User;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.ScopeState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Routes whose headers describe different buckets, and refusals without any rate header, on loopback. */
class SeveralBucketsTest {
    /** 5 s: with whole-second reset headers, shorter windows measure the rounding (as PacingPropertyTest notes). */
    private static final Duration WINDOW = Duration.ofSeconds(5);

    @Test
    void pacesEachAdvertisedBucketFromItsOwnHeaders() {
        RatePolicy policy = RatePolicy.genesys()
                .withLimit(300, WINDOW)
                .withBuckets(List.of(BucketRule.parse("skill-reads:GET:/api/v2/routing/skills:20:advertised")));
        try (EmulatorFixture fx = new EmulatorFixture(20, policy)) {
            GenesysClient client = fx.client();
            for (int i = 0; i < 30; i++) {
                client.skills();
                client.queues(Optional.empty());
            }
            var counters = fx.emulator.admin().counters();
            assertThat(counters.count("GET /api/v2/routing/skills", 200)).isEqualTo(30);
            assertThat(counters.throttled()).as("429s").isZero();
            assertThat(client.governor().metrics().scopes())
                    .extracting(ScopeState::name)
                    .containsExactlyInAnyOrder("token", "bucket:20");
        }
    }

    @Test
    void learnsAHiddenBucketFromRefusalsThatCarryNoRateHeaders() {
        RatePolicy policy = RatePolicy.genesys()
                .withLimit(300, WINDOW)
                .withBuckets(List.of(BucketRule.userWrites(10)))
                .withBareRefusals(true); // 25 writes: 3 windows
        try (EmulatorFixture fx = new EmulatorFixture(30, policy)) {
            GenesysClient client = fx.client();
            List<User> users = client.allUsers(100, Set.of());
            CatalogueEntry skill = client.skills().get(0);
            for (User u : users.subList(0, 25)) {
                client.updateUserSkills(u.id(), List.of(new Proficiency(skill.id(), 3)));
            }
            var counters = fx.emulator.admin().counters();
            assertThat(counters.count("PATCH /api/v2/users/{userId}/routingskills/bulk", 200))
                    .isEqualTo(25);
            assertThat(counters.throttled()).as("429s").isBetween(1L, 2L);
            assertThat(client.governor().learnedLimits())
                    .extracting(LearnedLimit::family, LearnedLimit::limit)
                    .containsExactly(Tuple.tuple("users:write", 10));
        }
    }
}
