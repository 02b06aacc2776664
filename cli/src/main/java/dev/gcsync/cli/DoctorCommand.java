package dev.gcsync.cli;

import dev.gcsync.cli.options.ConnectionOptions;
import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.doctor.Doctor;
import dev.gcsync.genesys.doctor.DoctorReport;
import dev.gcsync.genesys.model.OrgLimit;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gcsync doctor}: can gcsync sync this org, and how fast will it go? */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Checks reachability, credentials and the read permissions the sync needs, and prints the"
                + " org's rate limits and the rate gcsync will pace to.")
public final class DoctorCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ClientSettings settings = connection.settings(System.getenv());
        DoctorReport report = new Doctor(GenesysClient.connect(settings), settings).run();
        print(report, settings, spec.commandLine().getOut());
        if (!report.ok()) {
            spec.commandLine().getErr().println("gcsync doctor: " + report.checks().stream()
                    .filter(c -> !c.ok()).map(c -> c.name() + ": " + c.detail()).findFirst().orElse("failed"));
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private static void print(DoctorReport r, ClientSettings settings, PrintWriter out) {
        out.printf("api    %s%nlogin  %s%n%n", r.api(), r.login());
        for (DoctorReport.Check c : r.checks()) {
            out.printf("%-4s  %-26s %s%n", c.ok() ? "ok" : "FAIL", c.name(), c.detail());
        }
        if (!r.limits().isEmpty()) {
            out.printf("%norg limits (platform.api):%n");
            for (OrgLimit l : r.limits()) {
                out.printf("  %-45s %d%n", l.key(), l.value());
            }
        }
        if (r.ok()) {
            double start = r.startRatePerSecond(settings.governor().startRate());
            out.printf("%npacing: starts at %s requests/s per token%s, then follows the inin-ratelimit-* headers"
                            + " (spreads the remaining quota until each reset); at most %d requests in flight%n",
                    String.format(Locale.ROOT, "%.1f", start),
                    r.tokenRatePerMinute().isPresent() ? " (" + r.tokenRatePerMinute().getAsLong() + "/min)"
                            : " (no limit reported: conservative start)", r.maxConcurrency());
        }
        out.flush();
    }
}
