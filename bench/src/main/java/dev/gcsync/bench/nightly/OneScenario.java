package dev.gcsync.bench.nightly;

import dev.gcsync.bench.nightly.contender.Contender;
import dev.gcsync.bench.nightly.report.Table;
import dev.gcsync.bench.nightly.scenario.Scenario;
import dev.gcsync.bench.nightly.scenario.Scenarios;
import dev.gcsync.governor.TimeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One scenario of the nightly benchmark at another time scale, with some of its contenders: {@code
 * bench/scripts/one-scenario.sh s1 1 gcsync} runs S1 in real time (60 s windows) with gcsync alone, to see
 * what the compressed runs' fixed costs (JVM warm-up, planning) weigh against a real night. It prints the table
 * and writes nothing to {@code bench/results} (the full run owns those files).
 */
public final class OneScenario {
    private OneScenario() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: one-scenario.sh SCENARIO TIME_SCALE CONTENDER...");
        }
        Scenario base = Scenarios.named(args[0])
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown scenario '" + args[0] + "'; known: s1, s1-seed, s2, s3, s4"));
        int scale = Integer.parseInt(args[1]);
        Scenario s = new Scenario(
                base.name() + "-x" + scale,
                base.title(),
                base.users(),
                base.seed(),
                base.profile(),
                scale,
                base.changedShare(),
                base.joinShare(),
                base.hostile(),
                base.contenderCap().multipliedBy(base.timeScale()).dividedBy(scale));
        List<String> names = List.of(args).subList(2, args.length);
        List<Contender> contenders =
                NightlyBench.contenders(base, NightlyBench.gcsyncJvm(System.getenv(NightlyBench.GCSYNC_JVM_ENV)))
                        .stream()
                        .filter(c -> names.contains(c.name()))
                        .toList();
        ScenarioRunner runner = new ScenarioRunner(
                TimeSource.system(),
                Files.createDirectories(Path.of("bench", "target", "nightly")),
                System.err::println);
        ScenarioRunner.Report report = runner.run(s, contenders);
        System.out.println(Table.render(s, report.boundSeconds(), report.writeBoundSeconds(), report.rows()));
    }
}
