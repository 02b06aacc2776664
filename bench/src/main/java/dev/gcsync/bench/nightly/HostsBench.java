package dev.gcsync.bench.nightly;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gcsync.bench.common.BenchRedis;
import dev.gcsync.bench.nightly.report.HostsResult;
import dev.gcsync.bench.nightly.report.HostsTable;
import dev.gcsync.bench.nightly.scenario.Scenario;
import dev.gcsync.bench.nightly.scenario.Scenarios;
import dev.gcsync.governor.TimeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * {@code bench/scripts/hosts.sh [s6-hosts|s6-hosts-documented …]} (default s6-hosts): issue 16's scenario, three
 * processes on one org bucket with background traffic, run with one Redis budget store and without. Starts a
 * real redis-server (embedded-redis; {@value BenchRedis#URL_ENV} names another), writes
 * {@code bench/results/<scenario>.json} and {@code bench/results/hosts-tables.md}. The budget share comes from
 * {@value OrgBench#SHARE_ENV} as in s5-org.
 */
public final class HostsBench {
    private HostsBench() {}

    public static void main(String[] args) throws Exception {
        double share = OrgBench.share(System.getenv(OrgBench.SHARE_ENV));
        List<Scenario> scenarios = (args.length == 0 ? List.of("s6-hosts") : List.of(args))
                .stream().map(name -> scenario(name, share)).toList();
        Path results = Files.createDirectories(Path.of("bench", "results"));
        HostsRunner runner = new HostsRunner(
                TimeSource.system(),
                Files.createDirectories(Path.of("bench", "target", "nightly")),
                System.err::println,
                NightlyBench.gcsyncJvm(System.getenv(NightlyBench.GCSYNC_JVM_ENV)));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path tables = results.resolve("hosts-tables.md");
        Files.writeString(tables, "");
        try (BenchRedis redis = BenchRedis.start(System.getenv())) {
            System.err.println("budget store for the shared run: " + redis.describe());
            for (Scenario s : scenarios) {
                HostsResult result = runner.run(s, redis.url(), redis.describe());
                json.writeValue(results.resolve(s.name() + ".json").toFile(), result);
                String table = HostsTable.render(s, result);
                System.out.println(table);
                System.out.flush();
                Files.writeString(tables, table + "\n", StandardOpenOption.APPEND);
            }
        }
    }

    static Scenario scenario(String name, double share) {
        return switch (name) {
            case "s6-hosts" -> Scenarios.s6Hosts(share, false);
            case "s6-hosts-documented" -> Scenarios.s6Hosts(share, true);
            default ->
                throw new IllegalArgumentException(
                        "unknown scenario '" + name + "'; known: s6-hosts, s6-hosts-documented");
        };
    }
}
