package dev.gcsync.cli;

import dev.gcsync.cli.emulator.Banner;
import dev.gcsync.cli.emulator.FaultOptions;
import dev.gcsync.cli.emulator.PolicyOptions;
import dev.gcsync.cli.emulator.QuirkOptions;
import dev.gcsync.cli.emulator.SeedStyleConverter;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.OAuthClient;
import dev.gcsync.emulator.Profile;
import dev.gcsync.emulator.SeedStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gcsync emulator}: runs the Genesys Cloud API emulator in the foreground. */
@Command(
        name = "emulator",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Runs the Genesys Cloud API emulator (rate limits, faults, seed data) until stopped.",
        footer = {
            "",
            "Profiles: genesys (300/token/60s, no faults), seed (genesys + 50 user writes per window),"
                    + " unlimited (no limits, no faults), org (genesys + org-scoped buckets on users' routing writes,"
                    + " queue-member and queue writes). Options given override the profile. See docs/emulator.md.",
            "",
            "Example:",
            "  gcsync emulator --port 8080 --users 500 --rate 5 --window 1s --error-rate 0.05",
            "",
            "Exit codes: 0 stopped (Ctrl-C), 1 bad options or the port is taken."
        })
public final class EmulatorCommand implements Callable<Integer> {

    /** The restricted preset's well-known demo credentials (an emulator). */
    static final String RESTRICTED_ID = "gcsync-restricted";

    static final String RESTRICTED_SECRET = "gcsync-restricted-secret";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "TCP port; 0 = ephemeral (default ${DEFAULT-VALUE}).",
            defaultValue = "8080")
    int port;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "Interface to bind (default ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1")
    String host;

    @Option(
            names = "--users",
            paramLabel = "N",
            description = "Seeded users (default ${DEFAULT-VALUE}).",
            defaultValue = "2000")
    int users;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of the data and the faults (default ${DEFAULT-VALUE}).",
            defaultValue = "42")
    long seed;

    @Option(
            names = "--seed-style",
            paramLabel = "STYLE",
            description = "tidy or messy: a messy org has inactive and deleted managers,"
                    + " deleted skills still held, names with commas, quotes, formula characters, accents, CJK, emoji and"
                    + " trailing spaces, a queue of 1,100 members... (default ${DEFAULT-VALUE}).",
            defaultValue = "tidy",
            converter = SeedStyleConverter.class)
    SeedStyle seedStyle;

    @Option(
            names = "--client-id",
            paramLabel = "ID",
            description = "OAuth client id (default ${DEFAULT-VALUE}).",
            defaultValue = EmulatorConfig.DEFAULT_CLIENT_ID)
    String clientId;

    @Option(
            names = "--client-secret",
            paramLabel = "SECRET",
            description = "OAuth client secret (default ${DEFAULT-VALUE}).",
            defaultValue = EmulatorConfig.DEFAULT_CLIENT_SECRET)
    String clientSecret;

    @Option(
            names = "--admin-key",
            paramLabel = "KEY",
            description = "X-Admin-Key for /admin routes (default ${DEFAULT-VALUE}).",
            defaultValue = EmulatorConfig.DEFAULT_ADMIN_KEY)
    String adminKey;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "genesys, seed, unlimited or org (default ${DEFAULT-VALUE}).",
            defaultValue = "genesys")
    String profile;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Request threads (default ${DEFAULT-VALUE}).",
            defaultValue = "400")
    int threads;

    @ArgGroup(exclusive = false, heading = "%nRate limits:%n")
    PolicyOptions policy = new PolicyOptions();

    @ArgGroup(exclusive = false, heading = "%nFaults:%n")
    FaultOptions faults = new FaultOptions();

    @ArgGroup(exclusive = false, heading = "%nReal-org behaviours and OAuth clients:%n")
    QuirkOptions quirks = new QuirkOptions();

    @Override
    public Integer call() throws InterruptedException {
        Profile chosen = profile();
        EmulatorConfig config;
        try {
            config = EmulatorConfig.builder()
                    .host(host)
                    .port(port)
                    .users(users)
                    .seed(seed)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .adminKey(adminKey)
                    .policy(policy.apply(chosen))
                    .faults(faults.apply(chosen))
                    .maxThreads(threads)
                    .quirks(quirks.quirks())
                    .background(policy.background())
                    .clients(
                            quirks.restrictedClient
                                    ? List.of(OAuthClient.restricted(RESTRICTED_ID, RESTRICTED_SECRET))
                                    : List.of())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "invalid option: " + e.getMessage());
        }
        Emulator emulator = Emulator.start(config, seedStyle);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            emulator.close();
                            stopped.countDown();
                        },
                        "emulator-shutdown"));
        Banner.print(spec.commandLine().getOut(), emulator, chosen.name().toLowerCase(Locale.ROOT));
        stopped.await();
        return ExitCodes.OK;
    }

    private Profile profile() {
        try {
            return Profile.valueOf(profile.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "unknown profile '" + profile + "'; use genesys, seed, unlimited or org");
        }
    }
}
