package dev.gcsync.bench.nightly;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gcsync.bench.nightly.contender.BlindOverwrite;
import dev.gcsync.bench.nightly.contender.Contender;
import dev.gcsync.bench.nightly.contender.GcsyncCli;
import dev.gcsync.bench.nightly.contender.LauncherDefaults;
import dev.gcsync.bench.nightly.contender.NaiveLoop;
import dev.gcsync.bench.nightly.contender.SdkRetry;
import dev.gcsync.bench.nightly.contender.ViaProxy;
import dev.gcsync.bench.nightly.report.Table;
import dev.gcsync.bench.nightly.scenario.Scenario;
import dev.gcsync.bench.nightly.scenario.Scenarios;
import dev.gcsync.governor.TimeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run.sh [scenario…]}: runs the nightly-sync scenarios (default: all of s1, s1-seed, s2, s3, s4)
 * with every contender, prints one table per scenario and writes {@code bench/results/<scenario>.json} and
 * {@code bench/results/tables.md}. Run from the repository root.
 */
public final class NightlyBench {
    /**
     * Extra JVM options for gcsync's child JVMs, from the environment variable {@code BENCH_GCSYNC_JVM}
     * (space-separated, e.g. {@code -Xmx400m}), applied as the launcher applies {@code GCSYNC_JAVA_OPTS}
     * ({@link dev.gcsync.bench.nightly.contender.LauncherDefaults}); default none, i.e. the launcher's defaults.
     */
    static final String GCSYNC_JVM_ENV = "BENCH_GCSYNC_JVM";

    private NightlyBench() {}

    public static void main(String[] args) throws Exception {
        List<Scenario> scenarios = new ArrayList<>();
        for (String name :
                args.length == 0 ? Scenarios.all().stream().map(Scenario::name).toArray(String[]::new) : args) {
            scenarios.add(Scenarios.named(name)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown scenario '" + name + "'; known: s1, s1-seed, s2, s3, s4")));
        }
        Path results = Files.createDirectories(Path.of("bench", "results"));
        ScenarioRunner runner = new ScenarioRunner(
                TimeSource.system(),
                Files.createDirectories(Path.of("bench", "target", "nightly")),
                line -> System.err.println(line));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path tables = results.resolve("tables.md");
        Files.writeString(tables, "");
        for (Scenario s : scenarios) {
            ScenarioRunner.Report report = runner.run(s, contenders(s, gcsyncJvm(System.getenv(GCSYNC_JVM_ENV))));
            json.writeValue(results.resolve(s.name() + ".json").toFile(), report.result());
            String table = Table.render(s, report.boundSeconds(), report.writeBoundSeconds(), report.rows());
            System.out.println(table);
            System.out.flush();
            Files.writeString(tables, table + "\n", StandardOpenOption.APPEND);
        }
    }

    /**
     * The five contenders of issue 5, in table order; gcsync also plans on its own first in S4, s1-seed adds a
     * second gcsync night on the first night's state directory (issue 8), and in S1 and S1-seed the naive loop
     * and the SDK with 8 threads run again through {@code gcsync proxy} (issue 9).
     */
    public static List<Contender> contenders(Scenario s, List<String> gcsyncJvm) {
        List<Contender> all = new ArrayList<>(List.of(
                new NaiveLoop(),
                new SdkRetry(1),
                new SdkRetry(8),
                new BlindOverwrite(),
                new GcsyncCli(gcsyncJvm, "s4".equals(s.name()))));
        if ("s1-seed".equals(s.name())) {
            all.add(GcsyncCli.secondNight(gcsyncJvm));
        }
        if (List.of("s1", "s1-seed").contains(s.name())) {
            all.addAll(List.of(new ViaProxy(new NaiveLoop()), new ViaProxy(new SdkRetry(8))));
        }
        return List.copyOf(all);
    }

    static List<String> gcsyncJvm(String env) {
        return LauncherDefaults.options(
                env == null || env.isBlank() ? List.of() : List.of(env.trim().split("\\s+")));
    }
}
