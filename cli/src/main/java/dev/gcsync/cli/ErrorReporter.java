package dev.gcsync.cli;

import dev.gcsync.sync.problem.IoTrouble;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Where an exception escaping a command is printed, with the code {@link ExitPolicy} gives it. gcsync's own
 * exceptions and {@link IllegalArgumentException}s carry sentences written for the user (never secrets): they
 * are printed as they are. A file error is said in words (what file, what is wrong). Anything else is a bug:
 * it is never shown as a class name or a JDK message, but as what to do; stack traces only with GCSYNC_DEBUG=1.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    static final String DEBUG_ENV = "GCSYNC_DEBUG";

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        ExitPolicy.Verdict verdict = ExitPolicy.of(ex);
        cli.getErr().println("gcsync: " + verdict.lines().get(0));
        verdict.lines().stream().skip(1).forEach(cli.getErr()::println);
        if ("1".equals(System.getenv(DEBUG_ENV))) {
            ex.printStackTrace(cli.getErr());
        }
        return verdict.code();
    }

    static String message(Throwable ex) {
        IOException io = ex instanceof UncheckedIOException u ? u.getCause() : ex instanceof IOException i ? i : null;
        if (io != null) {
            Path file = io instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : null;
            return (file == null ? "a file" : file.toString()) + " " + IoTrouble.describe(file, io)
                    + ": check the path and that the user running gcsync may read and write it";
        }
        boolean ours = ex instanceof IllegalArgumentException
                || ex.getClass().getName().startsWith("dev.gcsync.");
        if (ours && ex.getMessage() != null && !ex.getMessage().isBlank()) {
            return ex.getMessage();
        }
        return "an unexpected error stopped the command (a bug in gcsync, not in your files). Run it again with "
                + DEBUG_ENV + "=1 to see the details, and report them";
    }
}
