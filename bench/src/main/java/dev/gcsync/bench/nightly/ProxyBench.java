package dev.gcsync.bench.nightly;

import dev.gcsync.bench.nightly.contender.Contender;
import dev.gcsync.bench.nightly.contender.NaiveLoop;
import dev.gcsync.bench.nightly.contender.SdkRetry;
import dev.gcsync.bench.nightly.contender.ViaProxy;
import dev.gcsync.bench.nightly.report.Table;
import dev.gcsync.bench.nightly.scenario.Scenario;
import dev.gcsync.emulator.Profile;
import dev.gcsync.governor.TimeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The issue-9 rows on a small org, for a quick check on a shared machine: {@code bench/scripts/proxy-rows.sh
 * [users] [scenarios] [contenders]} runs S1 and S1-seed with {@code users} users (default 300) and the naive
 * loop and the SDK with 8 threads, each direct and through {@code gcsync proxy}. {@code scenarios} picks some,
 * comma-separated ({@code s1}, {@code s1-seed}, or {@code s1-seed/6} for S1-seed at time scale ×6, i.e. 10 s
 * windows); {@code contenders} picks some by name. The full-size rows come with {@code bench/run.sh s1 s1-seed}.
 */
public final class ProxyBench {
    private ProxyBench() {}

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        List<String> names = List.of((args.length > 1 ? args[1] : "s1,s1-seed").split(","));
        List<Scenario> small = new ArrayList<>();
        for (String name : names) {
            String[] parts = name.split("/");
            boolean seed = parts[0].equals("s1-seed");
            int scale = parts.length > 1 ? Integer.parseInt(parts[1]) : 12;
            small.add(new Scenario(
                    parts[0] + "-small",
                    (seed ? "S1 under the seed profile, " : "S1 seed org, genesys" + " profile, ") + users + " users",
                    users,
                    42,
                    seed ? Profile.SEED : Profile.GENESYS,
                    scale,
                    1.0,
                    0.25,
                    false,
                    Duration.ofMinutes(5)));
        }
        List<Contender> all =
                List.of(new NaiveLoop(), new ViaProxy(new NaiveLoop()), new SdkRetry(8), new ViaProxy(new SdkRetry(8)));
        List<Contender> contenders = args.length > 2
                ? all.stream()
                        .filter(c -> List.of(args[2].split(",")).contains(c.name()))
                        .toList()
                : all;
        ScenarioRunner runner = new ScenarioRunner(
                TimeSource.system(),
                Files.createDirectories(Path.of("bench", "target", "nightly")),
                System.err::println);
        for (Scenario s : small) {
            ScenarioRunner.Report report = runner.run(s, contenders);
            System.out.println(Table.render(s, report.boundSeconds(), report.writeBoundSeconds(), report.rows()));
            System.out.flush();
        }
    }
}
