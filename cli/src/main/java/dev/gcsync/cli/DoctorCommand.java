package dev.gcsync.cli;

import dev.gcsync.budget.redis.BudgetStoreUnavailable;
import dev.gcsync.cli.options.BudgetShareOptions;
import dev.gcsync.cli.options.BudgetStoreOptions;
import dev.gcsync.cli.options.ConnectionOptions;
import dev.gcsync.cli.options.Durations;
import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.doctor.Doctor;
import dev.gcsync.genesys.doctor.DoctorReport;
import dev.gcsync.genesys.limits.LimitRule;
import dev.gcsync.genesys.model.OrgLimit;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.sync.journal.LearnedLimitStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcsync doctor}: can gcsync sync this org, and how fast will it go? */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        description = "Checks reachability, credentials and the read permissions the sync needs, and prints the"
                + " org's rate limits and the rate gcsync will pace to.",
        footer = {
            "",
            "Example:",
            "  gcsync doctor --region eu_west_1 --client-id ID",
            "  gcsync doctor --region eu_west_1 --client-id ID --budget-share 0.25   (the pace apply takes at that share)",
            "",
            "Exit codes: 0 every check passed, 1 a check failed (unreachable org, credentials, permissions)."
        })
public final class DoctorCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Mixin
    BudgetStoreOptions budgetStore;

    @Mixin
    BudgetShareOptions share = new BudgetShareOptions();

    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            defaultValue = ".gcsync",
            description = "Where apply keeps the journal and the rate limits it learned. Default: ${DEFAULT-VALUE}.")
    Path stateDir;

    @Option(
            names = "--forget-learned-limits",
            description = "Forget the hidden rate limits learned for this org (the next run learns them again).")
    boolean forgetLearned;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ClientSettings settings = connection.settings(
                share.applyTo(GovernorConfig.defaults().toBuilder()).build(), System.getenv());
        DoctorReport report = new Doctor(GenesysClient.connect(settings), settings).run();
        print(report, settings, spec.commandLine().getOut());
        printLearned(settings, spec.commandLine().getOut());
        try (BudgetStore store = budgetStore.open(connection, System.getenv(), settings.apiBase(), "doctor")) {
            StoreReport.print(store, spec.commandLine().getOut());
        } catch (BudgetStoreUnavailable e) {
            spec.commandLine().getErr().println("gcsync doctor: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (!report.ok()) {
            // the FAIL lines above already say what is wrong and what to do: name them, do not repeat them
            List<String> failed = report.checks().stream()
                    .filter(c -> !c.ok())
                    .map(DoctorReport.Check::name)
                    .toList();
            spec.commandLine()
                    .getErr()
                    .printf(
                            "gcsync doctor: %d check%s failed (FAIL above): %s%n",
                            failed.size(), failed.size() == 1 ? "" : "s", String.join(", ", failed));
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private void printLearned(ClientSettings settings, PrintWriter out) {
        LearnedLimitStore store = new LearnedLimitStore(stateDir);
        String org = LearnedLimitStore.orgKey(settings.apiBase(), settings.clientId());
        if (forgetLearned) {
            int n = store.forget(org);
            out.printf("%nforgot %d learned rate limit%s of %s in %s%n", n, n == 1 ? "" : "s", org, stateDir);
            out.flush();
            return;
        }
        List<LearnedLimit> learned = store.all(org);
        out.printf("%nlearned limits (buckets found by earlier runs' refusals, %s):%n", stateDir.resolve("state.db"));
        if (learned.isEmpty()) {
            out.printf("  none: every endpoint family is paced from the headers and the documented limits alone%n");
        }
        Instant now = Instant.now();
        double share = settings.governor().budgetShare();
        for (LearnedLimit l : learned) {
            boolean used = l.learnedAt().plus(LearnedLimitStore.MAX_AGE).isAfter(now);
            String age = Durations.format(l.age(now).truncatedTo(ChronoUnit.MINUTES));
            out.printf(
                    Locale.ROOT,
                    "  %-30s %-6s %d per %s, learned %s (%s ago)%s%n",
                    l.family(),
                    l.scope(),
                    l.limit(),
                    Durations.format(l.window()),
                    l.learnedAt().truncatedTo(ChronoUnit.SECONDS),
                    age,
                    !used
                            ? ": older than 30 days, not used"
                            : String.format(
                                    Locale.ROOT,
                                    ": the next run starts at %.2f requests/s%s",
                                    l.startingRate(now, share),
                                    l.kind().shared()
                                            ? String.format(
                                                    Locale.ROOT,
                                                    " (aged to %.0f per window, share %.2f)",
                                                    l.agedLimit(now),
                                                    l.kind() == ScopeKind.ORG ? share : 1.0)
                                            : ""));
        }
        out.flush();
    }

    private static void print(DoctorReport r, ClientSettings settings, PrintWriter out) {
        out.printf("api    %s%nlogin  %s%n%n", r.api(), r.login());
        int width = r.checks().stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (DoctorReport.Check c : r.checks()) {
            out.printf("%-4s  %-" + width + "s  %s%n", c.ok() ? "ok" : "FAIL", c.name(), c.detail());
        }
        if (!r.limits().isEmpty()) {
            out.printf("%norg limits (limit namespaces):%n");
            for (OrgLimit l : r.limits()) {
                out.printf("  %-14s %-45s %d%n", l.namespace(), l.key(), l.value());
            }
        }
        for (LimitRule rule : r.documented().rules()) {
            double part = rule.kind() == ScopeKind.ORG ? r.budgetShare() : 1.0;
            out.printf(
                    Locale.ROOT,
                    "pacing: %s (%s) at %.2f requests/s from the first request: %d per %s per %s%s%n",
                    rule.family(),
                    String.join("|", rule.prefixes()),
                    part * rule.limit() * 1e9 / rule.window().toNanos(),
                    rule.limit(),
                    Durations.format(rule.window()),
                    rule.kind().name().toLowerCase(Locale.ROOT),
                    rule.kind() == ScopeKind.ORG
                            ? String.format(
                                    Locale.ROOT,
                                    ", --budget-share %.2f of it (the rest" + " left to the UI and other integrations)",
                                    r.budgetShare())
                            : rule.kind() == ScopeKind.TOKEN ? ", each token" : ", all tokens of the client");
        }
        for (String k : r.documented().notMapped()) {
            out.printf("documented without the requests it counts (not paced): %s%n", k);
        }
        if (r.ok()) {
            double start = r.startRatePerSecond(settings.governor().startRate());
            out.printf(
                    "%npacing: starts at %s requests/s per token%s, then follows the inin-ratelimit-* headers"
                            + " (spreads the remaining quota until each reset); at most %d requests in flight%n",
                    String.format(Locale.ROOT, "%.1f", start),
                    r.tokenRatePerMinute().isPresent()
                            ? " (" + r.tokenRatePerMinute().getAsLong() + "/min)"
                            : " (no limit reported: conservative start)",
                    r.maxConcurrency());
        }
        out.flush();
    }
}
