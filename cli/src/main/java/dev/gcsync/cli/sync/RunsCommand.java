package dev.gcsync.cli.sync;

import dev.gcsync.cli.ExitCodes;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.journal.RunInfo;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gcsync runs}: the journal's runs, newest first. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "Lists past runs from the journal, newest first.")
public final class RunsCommand implements Callable<Integer> {
    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".gcsync",
            description = "Where the journal lives. Default: ${DEFAULT-VALUE}.")
    Path stateDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(stateDir.resolve("state.db"))) {
            out.println("No runs yet in " + stateDir + ".");
            return ExitCodes.OK;
        }
        try (Journal journal = Journal.open(stateDir, Clock.systemUTC())) {
            out.printf("%-5s %-20s %-10s %9s %9s %9s %9s  %s%n", "RUN", "STARTED (UTC)", "STATUS", "REQUESTS",
                    "DONE", "FAILED", "PENDING", "FILES");
            for (RunInfo r : journal.runs()) {
                out.printf("%-5d %-20s %-10s %9d %9d %9d %9d  %s%n", r.id(),
                        r.startedAt().toString().replace('T', ' ').substring(0, 19), r.status(), r.opsTotal(),
                        r.opsDone(), r.opsFailed(), r.opsPending(), r.files());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
