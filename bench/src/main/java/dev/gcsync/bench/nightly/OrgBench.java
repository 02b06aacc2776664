package dev.gcsync.bench.nightly;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import java.util.List;

/**
 * {@code bench/scripts/org.sh [s5-org|s5-org-documented|s1-tokens …]} (default s5-org and s1-tokens): issue 15's
 * scenarios, apart from the full run (which they would take past 15 minutes). s5-org: gcsync with one token, its
 * second night (background quiet), gcsync with a pool of four, the SDK with 8 threads and the naive loop, each
 * with the background traffic on the org bucket (undocumented; s5-org-documented lists it in the limit
 * namespaces); s1-tokens: S1 with one token and with four. Writes {@code bench/results/<scenario>.json} and
 * {@code bench/results/org-tables.md}. gcsync's budget share comes from {@value #SHARE_ENV} (default
 * {@link Scenarios#DEFAULT_SHARE}); it is given to gcsync as {@code --budget-share} when the build has that
 * option, and it is the {@code share} of the org bound.
 */
public final class OrgBench {
    static final String SHARE_ENV = "BENCH_BUDGET_SHARE";
    /** 4: the pool of issue 15's targets ("S1 with --tokens 4"). */
    static final int POOL = 4;

    private OrgBench() {}

    public static void main(String[] args) throws Exception {
        double share = share(System.getenv(SHARE_ENV));
        List<String> jvm = NightlyBench.gcsyncJvm(System.getenv(NightlyBench.GCSYNC_JVM_ENV));
        List<String> names = args.length == 0 ? List.of("s5-org", "s1-tokens") : List.of(args);
        Path results = Files.createDirectories(Path.of("bench", "results"));
        ScenarioRunner runner = new ScenarioRunner(
                TimeSource.system(),
                Files.createDirectories(Path.of("bench", "target", "nightly")),
                System.err::println,
                true);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path tables = results.resolve("org-tables.md");
        Files.writeString(tables, "");
        for (String name : names) {
            Scenario s = scenario(name, share);
            ScenarioRunner.Report report = runner.run(s, contenders(s, jvm));
            json.writeValue(results.resolve(s.name() + ".json").toFile(), report.result());
            String table =
                    Table.render(s, report.boundSeconds(), report.writeBoundSeconds(), report.rows(), report.skipped());
            System.out.println(table);
            System.out.flush();
            Files.writeString(tables, table + "\n", StandardOpenOption.APPEND);
        }
    }

    static Scenario scenario(String name, double share) {
        return switch (name) {
            case "s5-org" -> Scenarios.s5Org(share);
            case "s5-org-documented" -> Scenarios.s5OrgDocumented(share);
            case "s1-tokens" -> Scenarios.s1Tokens();
            default ->
                throw new IllegalArgumentException(
                        "unknown scenario '" + name + "'; known: s5-org, s5-org-documented, s1-tokens");
        };
    }

    /** The contenders of a scenario of issue 15, in table order. */
    static List<Contender> contenders(Scenario s, List<String> jvm) {
        if (s.org() == null) {
            return List.of(GcsyncCli.org(jvm, 1, null), GcsyncCli.org(jvm, POOL, null));
        }
        Double share = s.org().share();
        return List.of(
                GcsyncCli.org(jvm, 1, share),
                GcsyncCli.quietSecondNight(jvm, share),
                GcsyncCli.org(jvm, POOL, share),
                new SdkRetry(8),
                new NaiveLoop());
    }

    static double share(String env) {
        if (env == null || env.isBlank()) {
            return Scenarios.DEFAULT_SHARE;
        }
        try {
            return Double.parseDouble(env.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SHARE_ENV + " must be a number in (0, 1], was '" + env + "'");
        }
    }
}
