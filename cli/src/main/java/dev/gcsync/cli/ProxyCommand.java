package dev.gcsync.cli;

import dev.gcsync.cli.options.BudgetStoreOptions;
import dev.gcsync.cli.options.Durations;
import dev.gcsync.cli.options.OrgOptions;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.proxy.ClientSetup;
import dev.gcsync.proxy.GcsyncProxy;
import dev.gcsync.proxy.ProxyConfig;
import dev.gcsync.proxy.ProxyKey;
import dev.gcsync.sync.problem.IoTrouble;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gcsync proxy}: the governor in front of any Genesys client, until stopped. Wiring only. */
@Command(
        name = "proxy",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Runs a local reverse proxy that paces, pauses and retries every Genesys Cloud client"
                + " pointed at it: one governor per bearer token, shared by all processes.",
        footer = {
            "",
            "The shared key comes from " + ProxyCommand.KEY_ENV + " or --key-file, never from the"
                    + " command line. Where the org is comes from --region, --api-url or gcsync.yaml, as for every"
                    + " other command. See docs/proxy.md.",
            "",
            "Example:",
            "  gcsync proxy --region eu_west_1 --listen 127.0.0.1:8787",
            "",
            "Exit codes: 0 stopped (Ctrl-C, SIGTERM), 1 bad options or the address is taken."
        })
public final class ProxyCommand implements Callable<Integer> {
    static final String KEY_ENV = "GCSYNC_PROXY_KEY";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    OrgOptions org;

    @Option(
            names = "--listen",
            paramLabel = "HOST:PORT",
            defaultValue = "127.0.0.1:8787",
            description = "Address to listen on (default ${DEFAULT-VALUE}); port 0 = ephemeral.")
    String listen;

    @Option(
            names = "--max-hold",
            paramLabel = "DURATION",
            defaultValue = "5m",
            converter = Durations.class,
            description = "Longest a request is held (queue, pacing, 429 pauses) before the client gets the 429"
                    + " (default ${DEFAULT-VALUE}).")
    Duration maxHold;

    @Option(
            names = "--queue",
            paramLabel = "N",
            defaultValue = "256",
            description = "Requests per token that may wait; one more is answered 503 (default ${DEFAULT-VALUE}).")
    int queue;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "8",
            description = "Requests per token in flight upstream at most (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--request-timeout",
            paramLabel = "DURATION",
            defaultValue = "60s",
            converter = Durations.class,
            description = "Per upstream attempt (default ${DEFAULT-VALUE}).")
    Duration requestTimeout;

    @Option(names = "--allow-remote", description = "Permit a non-loopback --listen address (needs a shared key).")
    boolean allowRemote;

    @Option(
            names = "--key-file",
            paramLabel = "FILE",
            description =
                    "File holding the shared key clients send in " + ProxyKey.HEADER + "; or set " + KEY_ENV + ".")
    Path keyFile;

    @Option(
            names = "--no-read-limits",
            description = "Do not read the org's documented limits with the first caller's token (a few GETs of its"
                    + " budget); shared buckets are then found by 429s.")
    boolean noReadLimits;

    @Mixin
    BudgetStoreOptions budgetStore;

    @Override
    public Integer call() throws InterruptedException {
        GcsyncProxy proxy = start(System.getenv());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            proxy.close();
                            stopped.countDown();
                        },
                        "gcsync-proxy-shutdown"));
        banner(spec.commandLine().getOut(), proxy);
        stopped.await();
        return ExitCodes.OK;
    }

    /** Starts the proxy these options describe (a usage error naming the option if they do not hold). */
    GcsyncProxy start(Map<String, String> env) {
        ProxyConfig config = config(env);
        BudgetStore store = budgetStore.open(org, env, config.apiBase(), "proxy");
        return GcsyncProxy.start(
                config, TimeSource.system(), () -> ThreadLocalRandom.current().nextDouble(), store);
    }

    /** The validated settings, or a usage error naming the option. */
    ProxyConfig config(Map<String, String> env) {
        try {
            OrgOptions.Where where = org.where();
            int colon = listen.lastIndexOf(':');
            if (colon <= 0 || colon == listen.length() - 1) {
                throw new IllegalArgumentException("--listen '" + listen + "' must be HOST:PORT, e.g. 127.0.0.1:8787");
            }
            String host = listen.substring(0, colon).replace("[", "").replace("]", "");
            int port;
            try {
                port = Integer.parseInt(listen.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--listen '" + listen + "': the port must be a number");
            }
            ProxyConfig config = ProxyConfig.defaults(where.api(), where.login())
                    .withMaxHold(maxHold)
                    .withQueue(queue, concurrency)
                    .withRequestTimeout(requestTimeout)
                    .withLimitsRead(!noReadLimits);
            ProxyKey key = key(env);
            if (key != null) {
                config = config.withKey(key, allowRemote);
            } else if (allowRemote) {
                throw new IllegalArgumentException("--allow-remote needs a shared key: set " + KEY_ENV
                        + " or give --key-file (clients send it in the " + ProxyKey.HEADER + " header)");
            }
            return config.withListen(host, port);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private ProxyKey key(Map<String, String> env) {
        if (keyFile != null) {
            try {
                return new ProxyKey(Files.readString(keyFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException("the key file " + keyFile + " " + IoTrouble.describe(keyFile, e)
                        + ": give the path of a file gcsync may read, or set " + KEY_ENV + " instead");
            }
        }
        String value = env.get(KEY_ENV);
        return value == null || value.isBlank() ? null : new ProxyKey(value);
    }

    private static void banner(PrintWriter out, GcsyncProxy proxy) {
        ProxyConfig c = proxy.config();
        out.println("gcsync proxy running (Ctrl-C to stop)");
        out.println("  listening   " + proxy.baseUrl()
                + (c.key().isPresent() ? "   (clients must send " + ProxyKey.HEADER + ")" : ""));
        out.println("  api         " + c.apiBase());
        out.println("  login       " + c.loginBase());
        out.println("  per token   " + c.concurrency() + " in flight, " + c.queueCapacity()
                + " waiting at most, held up" + " to " + Durations.format(c.maxHold()));
        out.println("  metrics     " + proxy.baseUrl() + "/metrics");
        BudgetStore.StoreStatus store = proxy.budgetStore();
        out.println("  budget      "
                + (store.kind().equals("local")
                        ? "this process alone (--budget-store to share" + " it with other proxies and gcsync runs)"
                        : "shared through " + store.where()));
        out.println("Point each client at it:");
        ClientSetup.lines(proxy.baseUrl(), c.key().isPresent()).forEach(l -> out.println("  " + l));
        out.flush();
    }
}
