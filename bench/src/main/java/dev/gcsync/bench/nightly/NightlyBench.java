package dev.gcsync.bench.nightly;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gcsync.bench.nightly.contender.BlindOverwrite;
import dev.gcsync.bench.nightly.contender.Contender;
import dev.gcsync.bench.nightly.contender.GcsyncCli;
import dev.gcsync.bench.nightly.contender.NaiveLoop;
import dev.gcsync.bench.nightly.contender.SdkRetry;
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
    /** S4's gcsync heap cap: the RSS target (512 MiB) presumes one; see docs/benchmarks.md. */
    static final List<String> S4_GCSYNC_JVM = List.of("-Xmx400m");

    private NightlyBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : args.length == 0 ? Scenarios.all().stream().map(Scenario::name).toArray(String[]::new) : args) {
            scenarios.add(Scenarios.named(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown scenario '" + name + "'; known: s1, s1-seed, s2, s3, s4")));
        }
        Path results = Files.createDirectories(Path.of("bench", "results"));
        ScenarioRunner runner = new ScenarioRunner(TimeSource.system(), Files.createDirectories(
                Path.of("bench", "target", "nightly")), line -> System.err.println(line));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path tables = results.resolve("tables.md");
        Files.writeString(tables, "");
        for (Scenario s : scenarios) {
            ScenarioRunner.Report report = runner.run(s, contenders(s));
            json.writeValue(results.resolve(s.name() + ".json").toFile(), report.result());
            String table = Table.render(s.title(), s.timeScale(), report.boundSeconds(), report.rows());
            System.out.println(table);
            System.out.flush();
            Files.writeString(tables, table + "\n", StandardOpenOption.APPEND);
        }
    }

    /** The five contenders of issue 5, in table order. */
    public static List<Contender> contenders(Scenario s) {
        boolean scale = "s4".equals(s.name());
        return List.of(new NaiveLoop(), new SdkRetry(1), new SdkRetry(8), new BlindOverwrite(),
                new GcsyncCli(scale ? S4_GCSYNC_JVM : List.of(), scale));
    }
}
