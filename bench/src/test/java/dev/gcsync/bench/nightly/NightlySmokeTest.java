package dev.gcsync.bench.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.bench.nightly.report.ContenderResult;
import dev.gcsync.bench.nightly.scenario.Scenario;
import dev.gcsync.bench.nightly.scenario.Scenarios;
import dev.gcsync.governor.TimeSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI smoke run of the nightly benchmark: S1 with 100 users and a 1 s window, every contender. */
class NightlySmokeTest {
    @TempDir
    Path work;

    @Test
    void producesAResultForEveryContenderAndGcsyncConvergesEveryUserWithoutRepeatsOrThrottling() throws Exception {
        Scenario smoke = Scenarios.smoke(100);
        List<String> log = new ArrayList<>();
        ScenarioRunner.Report report = new ScenarioRunner(TimeSource.system(), work, log::add)
                .run(smoke, NightlyBench.contenders(smoke, NightlyBench.gcsyncJvm(null)));

        List<ContenderResult> results = report.result().contenders();
        assertThat(results)
                .extracting(ContenderResult::name)
                .containsExactly("naive-loop", "sdk-retry-1", "sdk-retry-8", "blind-overwrite", "gcsync");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.requests()).isPositive();
            assertThat(r.usersToChange()).isEqualTo(100);
            assertThat(r.minRequests()).isPositive();
        });
        ContenderResult gcsync = results.get(4);
        assertThat(gcsync.usersConverged())
                .as("users converged, judged from the server's state")
                .isEqualTo(100);
        assertThat(gcsync.appliedTwice()).isZero();
        assertThat(gcsync.responses429()).isLessThanOrEqualTo(gcsync.requests() / 100);
    }
}
