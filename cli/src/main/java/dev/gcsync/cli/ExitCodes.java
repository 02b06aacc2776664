package dev.gcsync.cli;

import java.util.List;
import java.util.stream.Collectors;

/**
 * gcsync's process exit codes, shared by every command. They follow Terraform's {@code -detailed-exitcode}: 2 is
 * reserved for "changes pending", so a command-line usage error exits 1. {@link #TABLE} is the user guide's
 * table (docs/user-guide.md, "Exit codes"): a test keeps the two equal. Which condition gets which code is
 * decided in one place, {@link ExitPolicy}.
 */
public final class ExitCodes {
    /** In sync, applied and converged, or the command did what was asked. */
    public static final int OK = 0;
    /** Failures: bad input, unreachable org, failed operations, usage errors. */
    public static final int FAILURE = 1;
    /** {@code plan}: changes are pending. */
    public static final int CHANGES_PENDING = 2;
    /** Stopped early (deadline, daily limit, long Retry-After) with work pending, or a read stopped the same way. */
    public static final int STOPPED_EARLY = 3;
    /** A second Ctrl-C during a clean stop (128 + SIGINT). */
    public static final int ABORTED_SIGINT = 130;
    /** A second SIGTERM during a clean stop (128 + SIGTERM). */
    public static final int ABORTED_SIGTERM = 143;

    /** One row of the exit-code table. */
    public record Row(String codes, String meaning, String commands) {
        public String markdown() {
            return "| " + codes + " | " + meaning + " | " + commands + " |";
        }
    }

    /** The exit-code table of the user guide, row by row. */
    public static final List<Row> TABLE = List.of(
            new Row(
                    Integer.toString(OK),
                    "converged / nothing to do / done; `resume` with nothing to resume; with"
                            + " `--skip-invalid`, the valid entries converged (the left-out ones are counted in"
                            + " `usersInvalid`)",
                    "all"),
            new Row(
                    Integer.toString(FAILURE),
                    "failure: invalid input (nothing written), a usage error, unreachable"
                            + " org, bad credentials, failed or not-converged users, entries of a saved plan changed since, a"
                            + " refused safety rail, `resume` of a run that a later run superseded or came after",
                    "all"),
            new Row(Integer.toString(CHANGES_PENDING), "changes pending", "`plan` only"),
            new Row(
                    Integer.toString(STOPPED_EARLY),
                    "stopped early: a run with work pending in the journal"
                            + " (deadline, daily limit, `Retry-After` above `--max-retry-after`, Ctrl-C / SIGINT, SIGTERM):"
                            + " run `gcsync resume`; or a read of the org stopped by a daily limit or a long `Retry-After`"
                            + " before anything was written: run the same command again later",
                    "`plan`, `apply`, `resume`, `export`"),
            new Row(
                    ABORTED_SIGINT + ", " + ABORTED_SIGTERM,
                    "a second Ctrl-C (130) or SIGTERM (143) during a clean"
                            + " stop aborted at once, or the first came before anything was journaled",
                    "`apply`, `resume`"));

    /** {@link #TABLE} as Markdown, header included. */
    public static String markdownTable() {
        return "| code | meaning | commands |\n|---|---|---|\n"
                + TABLE.stream().map(Row::markdown).collect(Collectors.joining("\n")) + "\n";
    }

    private ExitCodes() {}
}
