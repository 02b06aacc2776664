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
import java.util.List;

/**
 * The issue-9 rows on a small org, for a quick check on a shared machine: {@code bench/scripts/proxy-rows.sh
 * [users]} runs S1 and S1-seed with {@code users} users (default 300) and the naive loop and the SDK with 8
 * threads, each direct and through {@code gcsync proxy}. The full-size rows come with {@code bench/run.sh s1
 * s1-seed}.
 */
public final class ProxyBench {
    private ProxyBench() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        List<Scenario> small = List.of(
                new Scenario("s1-small", "S1 seed org, genesys profile, " + users + " users", users, 42,
                        Profile.GENESYS, 30, 1.0, 0.25, false, Duration.ofMinutes(2)),
                new Scenario("s1-seed-small", "S1 under the seed profile, " + users + " users", users, 42,
                        Profile.SEED, 60, 1.0, 0.25, false, Duration.ofMinutes(2)));
        List<Contender> contenders = List.of(new NaiveLoop(), new ViaProxy(new NaiveLoop()), new SdkRetry(8),
                new ViaProxy(new SdkRetry(8)));
        ScenarioRunner runner = new ScenarioRunner(TimeSource.system(), Files.createDirectories(
                Path.of("bench", "target", "nightly")), System.err::println);
        for (Scenario s : small) {
            ScenarioRunner.Report report = runner.run(s, contenders);
            System.out.println(Table.render(s.title(), s.timeScale(), report.boundSeconds(), report.rows()));
            System.out.flush();
        }
    }
}
