package dev.gcsync.cli;

import picocli.CommandLine;

/**
 * The one place where an exception escaping a command becomes a message and an exit code.
 * Messages are the exceptions' own (which never carry secrets); stack traces only with GCSYNC_DEBUG=1.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cli.getErr().println("gcsync: " + message);
        if ("1".equals(System.getenv("GCSYNC_DEBUG"))) {
            ex.printStackTrace(cli.getErr());
        }
        return ExitCodes.FAILURE;
    }
}
