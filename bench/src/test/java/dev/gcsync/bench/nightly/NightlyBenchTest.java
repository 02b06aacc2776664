package dev.gcsync.bench.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.bench.nightly.contender.Contender;
import dev.gcsync.bench.nightly.scenario.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

class NightlyBenchTest {
    @Test
    void onlyS1SeedRunsASecondGcsyncNightRightAfterTheFirst() {
        assertThat(NightlyBench.contenders(Scenarios.s1Seed(), List.of()))
                .extracting(Contender::name)
                .containsExactly(
                        "naive-loop",
                        "sdk-retry-1",
                        "sdk-retry-8",
                        "blind-overwrite",
                        "gcsync",
                        "gcsync, 2nd night",
                        "naive-loop-via-proxy",
                        "sdk-retry-8-via-proxy");
        assertThat(NightlyBench.contenders(Scenarios.s1(), List.of()))
                .extracting(Contender::name)
                .doesNotContain("gcsync, 2nd night")
                .contains("gcsync", "naive-loop-via-proxy");
        assertThat(NightlyBench.contenders(Scenarios.s2(), List.of()))
                .extracting(Contender::name)
                .doesNotContain("gcsync, 2nd night", "naive-loop-via-proxy")
                .endsWith("gcsync");
    }

    @Test
    void gcsyncRunsWithTheLaunchersDefaultHeapUnlessTheBenchmarkGivesOne() {
        assertThat(NightlyBench.gcsyncJvm(null)).anyMatch(o -> o.startsWith("-Xmx"));
        assertThat(NightlyBench.gcsyncJvm(" -Xmx400m ")).containsExactly("-Xmx400m");
    }
}
