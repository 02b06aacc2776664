package dev.gcsync.cli.sync;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/** Asks for a yes on a terminal; never prompts (and never blocks) when stdin is not a terminal. */
final class Confirm {
    private Confirm() {}

    /** @return true when confirmed, or when there is no terminal to ask on (scheduled runs) */
    static boolean ask(PrintWriter out, String question) {
        Console console = System.console();
        if (console == null) {
            return true;
        }
        out.flush();
        String answer = console.readLine("%s [y/N] ", question);
        return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
    }
}
