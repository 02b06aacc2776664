package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.budget.redis.RedisBudgetStore;
import dev.gcsync.budget.redis.StoreUrl;
import dev.gcsync.budget.redis.TestRedis;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gcsync doctor --budget-store}: the store, its round trip, who shares it, the shared pace per scope. */
class DoctorBudgetStoreIT {
    @TempDir
    Path dir;

    private final Emulator emulator = Emulator.start(
            EmulatorConfig.builder().users(10).faults(Faults.none()).build());
    private final TestRedis redis = TestRedis.start();

    @AfterEach
    void stop() {
        emulator.close();
        redis.close();
    }

    private String[] doctor(String store) throws Exception {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, EmulatorConfig.DEFAULT_CLIENT_SECRET);
        return Stream.of(
                        "doctor",
                        "--api-url",
                        emulator.baseUrl(),
                        "--client-id",
                        EmulatorConfig.DEFAULT_CLIENT_ID,
                        "--client-secret-file",
                        secret.toString(),
                        "--state-dir",
                        dir.resolve("state").toString(),
                        "--budget-store",
                        store)
                .toArray(String[]::new);
    }

    @Test
    void showsTheProcessesSharingTheStoreAndTheSharedPaceOfEachScope() throws Exception {
        URI api = URI.create(emulator.baseUrl());
        String org = api.getScheme() + "://" + api.getHost() + ":" + api.getPort();
        try (RedisBudgetStore proxy =
                RedisBudgetStore.connect(StoreUrl.parse(redis.url()), org, "proxy", TimeSource.system())) {
            proxy.reserve("org:users:write", 250_000_000L); // 4 a second, all processes together

            Cli.Run run = Cli.run(doctor(redis.url()));

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out())
                    .contains("budget store: " + redis.url() + ", connected")
                    .contains("round trip")
                    .contains("processes seen   2 in the last minute")
                    .contains(proxy.process())
                    .containsPattern("doctor-[0-9a-f]{8}")
                    .containsPattern("shared pace +org:users:write +4\\.00/s");
        }
    }

    @Test
    void aStoreThatCannotBeReachedFailsTheDoctorWithWhatToDo() throws Exception {
        int port = redis.port();
        redis.stop();
        Cli.Run run = Cli.run(doctor("redis://:hunter22@127.0.0.1:" + port + "/0"));
        redis.startServer();
        assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err())
                .contains("cannot be reached")
                .contains("redis://:***@127.0.0.1:" + port + "/0")
                .contains("--budget-store local")
                .doesNotContain("hunter22");
        assertThat(List.of(run.out())).noneMatch(o -> o.contains("hunter22"));
    }
}
