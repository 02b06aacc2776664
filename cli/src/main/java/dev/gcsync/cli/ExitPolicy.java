package dev.gcsync.cli;

import dev.gcsync.genesys.GenesysException;
import dev.gcsync.sync.org.OrgReadException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one place that turns what stopped a command into an exit code and what to tell the user, whichever
 * command it was: a read of the org stopped by a daily limit or a long Retry-After exits 3 from plan, apply,
 * resume and export alike; anything else that escapes a command exits 1. Commands return their own outcome
 * (0, 2, or a run's code, see {@link ExitCodes}) and throw the rest.
 */
public final class ExitPolicy {
    /** The code and the lines for stderr (each already a sentence for the user). */
    public record Verdict(int code, List<String> lines) {}

    private ExitPolicy() {}

    public static Verdict of(Throwable ex) {
        if (ex instanceof OrgReadException read && read.stopped()) {
            return stopped(read.getMessage(), read.retryAt());
        }
        if (ex instanceof GenesysException call
                && call.outcome() != null
                && call.outcome().stopsRun()) {
            return stopped(call.getMessage(), call.retryAt());
        }
        return new Verdict(ExitCodes.FAILURE, List.of(ErrorReporter.message(ex)));
    }

    private static Verdict stopped(String message, Optional<Instant> retryAt) {
        return new Verdict(
                ExitCodes.STOPPED_EARLY,
                List.of(
                        message,
                        "Nothing was lost: run the same command again"
                                + retryAt.map(t -> " after " + t).orElse(" later") + "."));
    }
}
