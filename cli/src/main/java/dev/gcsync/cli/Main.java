package dev.gcsync.cli;

/** Entry point of the {@code gcsync} command line. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs gcsync with the given arguments and returns the process exit code, without exiting. */
    public static int run(String... args) {
        return GcsyncCommand.commandLine().execute(args);
    }
}
