package dev.gcsync.bench.nightly.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.bench.nightly.scenario.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostsTableTest {
    private static HostsRun run(String store, long requests, long r429, double slowest, long bg, long bg429) {
        HostProcess a = new HostProcess(
                "gcsync apply A", "gcsync-host-a", 60, slowest, 90, r429, 50, 50, 170.0, "apply exit 0");
        HostProcess n = new HostProcess(
                "naive-loop-via-proxy", "wfm-script", 62, slowest - 5, 62, 0, 50, 50, null, "proxy absorbed 0 × 429");
        return new HostsRun(
                store,
                requests,
                r429,
                180,
                r429,
                182,
                80.0,
                slowest,
                slowest / 80.0,
                slowest + 1,
                bg,
                bg429,
                0,
                slowest + 1,
                150,
                150,
                5,
                5,
                0,
                List.of(a, n));
    }

    @Test
    void judgesTheTargetsOnTheRunWithTheStoreAndShowsTheRunWithoutBesideIt() {
        HostsResult r = new HostsResult(
                "s6-hosts",
                12,
                0.4,
                40,
                5,
                false,
                List.of(0.25, 0.55, 0.05),
                "redis-server (embedded-redis) on redis://127.0.0.1:1/0",
                List.of(run("redis", 300, 3, 90.0, 200, 2), run("local", 320, 30, 70.0, 200, 40)));

        String table = HostsTable.render(Scenarios.s6Hosts(0.4, false), r);

        assertThat(table).contains("background 25% → 55% → 5% of it; share 0.40");
        assertThat(table).contains("| redis | 300 | 3 (1.0%) | 180 | 3 (1.7%) | 182 | 80.0 | 90.0 | 1.13 |");
        assertThat(table).contains("| local | gcsync apply A | gcsync-host-a | 60 | 70.0 | 0.88 | 90 | 30 (33.3%) |");
        assertThat(table)
                .contains("| naive-loop-via-proxy | wfm-script | 62 | 85.0 | 1.06 | 62 | 0 (0.0%) | 50/50 | – |");
        assertThat(table).contains("| total 429s ≤ 1% of requests | 1.0% | 9.4% | met |");
        assertThat(table).contains("| slowest process ≤ 1.15 × org bound | 1.13 | 0.88 | met |");
        assertThat(table).contains("| background's 429s ≤ alone + 1% | +1.0% | +20.0% | met |");
    }

    @Test
    void aTargetPastItsLimitIsMissed() {
        String targets = HostsTable.targets(List.of(run("redis", 300, 4, 93.0, 200, 3)));
        assertThat(targets)
                .contains("| total 429s ≤ 1% of requests | 1.3% | – | **missed** |")
                .contains("| slowest process ≤ 1.15 × org bound | 1.16 | – | **missed** |")
                .contains("| background's 429s ≤ alone + 1% | +1.5% | – | **missed** |");
    }
}
