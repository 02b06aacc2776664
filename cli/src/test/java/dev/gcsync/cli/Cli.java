package dev.gcsync.cli;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs gcsync in-process as a user would from a shell, capturing what it prints. */
final class Cli {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GcsyncCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * {@code first} followed by the options that point a command at {@code emulator} with its default client,
     * the secret in a file under {@code dir}, and the state dir {@code dir/state}.
     */
    static String[] against(Emulator emulator, Path dir, String... first) throws IOException {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, EmulatorConfig.DEFAULT_CLIENT_SECRET);
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(
                "--api-url",
                emulator.baseUrl(),
                "--client-id",
                EmulatorConfig.DEFAULT_CLIENT_ID,
                "--client-secret-file",
                secret.toString(),
                "--state-dir",
                dir.resolve("state").toString()));
        return all.toArray(String[]::new);
    }

    /** As {@link #against} without the state dir: for {@code plan} and {@code export}, which keep no journal. */
    static String[] stateless(Emulator emulator, Path dir, String... first) throws IOException {
        List<String> all = new ArrayList<>(List.of(against(emulator, dir, first)));
        return all.subList(0, all.size() - 2).toArray(String[]::new);
    }

    private Cli() {}
}
