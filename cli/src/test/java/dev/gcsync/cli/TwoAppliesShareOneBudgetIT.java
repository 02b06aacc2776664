package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.budget.redis.TestRedis;
import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code gcsync apply} processes (separate JVMs, separate state dirs, disjoint users) on one org whose
 * profile writes share one org-scoped bucket, both with {@code --budget-store} on one real Redis: together they
 * stay under the bucket (the emulator's 429 counter), every write lands once, and neither the password nor the
 * client secret nor a token shows in their output or in Redis.
 */
class TwoAppliesShareOneBudgetIT {
    private static final int LIMIT = 30;
    private static final String PASSWORD = "pw-zebra-7731";

    @TempDir
    Path dir;

    private final TestRedis redis = TestRedis.withPassword(PASSWORD);
    private final Emulator emulator = Emulator.start(EmulatorConfig.builder()
            .users(80)
            .seed(5)
            .faults(Faults.none())
            .policy(RatePolicy.genesys()
                    .withLimit(100_000, Duration.ofSeconds(3))
                    .withBuckets(List.of(BucketRule.parse(
                            "profile-writes:PATCH:/api/v2/users/*:" + LIMIT + ":scope=org:window=3s"))))
            .build());

    @AfterEach
    void stop() {
        emulator.close();
        redis.close();
    }

    private Path desired(String name, List<UserRecord> users) throws Exception {
        StringBuilder y = new StringBuilder("users:\n");
        for (UserRecord u : users) {
            y.append("  - email: ")
                    .append(u.email())
                    .append("\n    title: Shared Budget ")
                    .append(name)
                    .append('\n');
        }
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, y.toString());
        return file;
    }

    private List<String> apply(Path desired, String state, String store) throws Exception {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, EmulatorConfig.DEFAULT_CLIENT_SECRET);
        return new ArrayList<>(List.of(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--no-progress",
                "--api-url",
                emulator.baseUrl(),
                "--client-id",
                EmulatorConfig.DEFAULT_CLIENT_ID,
                "--client-secret-file",
                secret.toString(),
                "--state-dir",
                dir.resolve(state).toString(),
                "--budget-share",
                "0.9",
                "--budget-store",
                store));
    }

    @Test
    void twoAppliesOnOneOrgBucketThroughRedisStayUnderIt() throws Exception {
        List<UserRecord> users = emulator.admin().exportState().users().stream()
                .filter(u -> "active".equals(u.state()))
                .toList();
        Path a = desired("A", users.subList(0, 30));
        Path b = desired("B", users.subList(30, 60));

        ChildGcsync first = ChildGcsync.start(dir, apply(a, "state-a", redis.url()));
        ChildGcsync second = ChildGcsync.start(dir, apply(b, "state-b", redis.url()));
        assertThat(first.exit(120)).as(first.err()).isZero();
        assertThat(second.exit(120)).as(second.err()).isZero();

        CountersSnapshot c = emulator.admin().counters();
        assertThat(c.throttled())
                .as("429s: the two processes paced the org bucket together")
                .isZero();
        assertThat(c.writes()).as("every write once").hasSize(60).allSatisfy((op, n) -> assertThat(n)
                .isEqualTo(1L));
        for (ChildGcsync child : List.of(first, second)) {
            assertThat(child.out())
                    .contains(
                            "Budget store: redis://:***@127.0.0.1:" + redis.port() + "/0, shared throughout the run.");
            assertThat(child.err())
                    .contains("sharing the org's buckets through the budget store redis://:***@127.0.0.1:"
                            + redis.port() + "/0");
            assertThat(child.out() + child.err())
                    .doesNotContain(PASSWORD)
                    .doesNotContain(EmulatorConfig.DEFAULT_CLIENT_SECRET);
        }
        assertThat(redis.everything()).isNotEmpty().allSatisfy(kv -> assertThat(kv)
                .doesNotContain(PASSWORD)
                .doesNotContain(EmulatorConfig.DEFAULT_CLIENT_SECRET)
                .doesNotContain(EmulatorConfig.DEFAULT_CLIENT_ID)
                .doesNotContain(emulator.baseUrl())
                .matches("gcsync:\\{[0-9a-f]{12}\\}:[a-z]+:?[^ ]* = .*"));
    }

    @Test
    void redisKilledMidRunAndStartedAgainCostsNoWriteAndTheReportSaysSo() throws Exception {
        List<UserRecord> users = emulator.admin().exportState().users().stream()
                .filter(u -> "active".equals(u.state()))
                .toList();
        List<String> args = apply(desired("A", users.subList(0, 60)), "state-a", redis.url());
        args.addAll(List.of("--report-dir", dir.resolve("report").toString()));
        ChildGcsync child = ChildGcsync.start(dir, args);
        assertThat(child.awaitWhileAlive(() -> writes() >= 10, 60))
                .as("under way")
                .isTrue();
        redis.stop();
        assertThat(child.awaitWhileAlive(() -> writes() >= 25, 60))
                .as("still writing without Redis")
                .isTrue();
        redis.startServer();
        assertThat(child.exit(120)).as(child.err()).isZero();

        assertThat(emulator.admin().counters().writes())
                .as("every write once")
                .hasSize(60)
                .allSatisfy((op, n) -> assertThat(n).isEqualTo(1L));
        assertThat(emulator.admin().counters().throttled()).as("never unpaced").isZero();
        // one warning per time away (one here, unless a loaded machine made a command time out besides)
        int away = child.err().split("is away", -1).length - 1;
        assertThat(away).isPositive();
        assertThat(child.err()).doesNotContain(PASSWORD);
        assertThat(child.out()).contains("was away " + away + " time(s) during the run");
        assertThat(Files.readString(dir.resolve("report").resolve("budget-store.json")))
                .contains("\"pacedLocallyBecauseAway\" : " + away)
                .doesNotContain(PASSWORD);
    }

    private long writes() {
        return emulator.admin().counters().writes().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    @Test
    void aWrongPasswordStopsBeforeAnyWriteWithASentence() throws Exception {
        List<UserRecord> users = emulator.admin().exportState().users();
        Path a = desired("A", users.subList(0, 3));
        String wrong = "redis://:not-it@127.0.0.1:" + redis.port() + "/0";
        Cli.Run run = Cli.run(apply(a, "state-a", wrong).toArray(String[]::new));
        assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err())
                .contains("refused the password")
                .contains("redis://:***@127.0.0.1:" + redis.port())
                .doesNotContain("not-it");
        assertThat(emulator.admin().counters().writes()).isEmpty();

        Cli.Run local = Cli.run(apply(a, "state-b", "local").toArray(String[]::new));
        assertThat(local.exit()).as(local.err()).isZero();
        assertThat(local.err()).doesNotContain("budget store");
    }
}
