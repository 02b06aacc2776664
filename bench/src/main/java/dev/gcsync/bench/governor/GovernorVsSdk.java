package dev.gcsync.bench.governor;

import dev.gcsync.bench.common.OAuth;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.Latency;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.Secret;
import dev.gcsync.genesys.model.User;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The governor-vs-SDK benchmark: {@code writes} idempotent {@code PATCH …/routingskills/bulk} (one per user)
 * against an in-process emulator with a compressed window and 20–60 ms latency, through gcsync's client
 * (one governor, N in flight) and through the official SDK with its retry setting (N threads), per scenario.
 *
 * <p>Usage: {@code GovernorVsSdk [writes] [limit] [windowSeconds] [inFlight] [bucketLimit] [scenarios] [clients]},
 * defaults {@code 2000 300 10 8 150 seconds,date,bucket governor,sdk}.
 */
public final class GovernorVsSdk {
    private static final String ROUTE = "PATCH /api/v2/users/{userId}/routingskills/bulk";

    private GovernorVsSdk() {}

    public static void main(String[] args) throws Exception {
        int writes = arg(args, 0, 2000);
        int limit = arg(args, 1, 300);
        Duration window = Duration.ofSeconds(arg(args, 2, 10));
        int inFlight = arg(args, 3, 8);
        int bucket = arg(args, 4, 150);
        List<String> scenarios = List.of((args.length > 5 ? args[5] : "seconds,date,bucket").split(","));
        List<String> clients = List.of((args.length > 6 ? args[6] : "governor,sdk").split(","));
        TimeSource time = TimeSource.system();
        Faults faults = Faults.none().withLatency(Latency.between(Duration.ofMillis(20), Duration.ofMillis(60)));
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder()
                .users(writes)
                .faults(faults)
                .policy(RatePolicy.unlimited())
                .build())) {
            URI base = URI.create(emulator.baseUrl());
            ClientSettings settings = ClientSettings.forUrls(
                    base, base, EmulatorConfig.DEFAULT_CLIENT_ID, new Secret(EmulatorConfig.DEFAULT_CLIENT_SECRET));
            GenesysClient setup = GenesysClient.connect(
                    settings.withGovernor(GovernorConfig.defaults().withKnownRate(1000)));
            List<String> users = setup.allUsers(500, Set.of()).stream()
                    .map(User::id)
                    .limit(writes)
                    .toList();
            String skill = setup.skills().get(0).id();
            List<RunResult> results = new ArrayList<>();
            double proficiency = 0;
            for (String name : scenarios) {
                Scenario s =
                        switch (name) {
                            case "seconds" -> Scenario.seconds(limit, window);
                            case "date" -> Scenario.httpDate(limit, window);
                            case "bucket" -> Scenario.bucket(limit, window, bucket);
                            default -> throw new IllegalArgumentException("unknown scenario " + name);
                        };
                for (String client : clients) {
                    emulator.admin().setPolicy(s.policy());
                    emulator.admin().reset();
                    proficiency = proficiency % 5 + 1;
                    long[] started = {time.nanoTime()};
                    int failed = "sdk".equals(client)
                            ? sdkRun(emulator, inFlight, users, skill, proficiency, time, started)
                            : GovernorRun.run(settings, inFlight, users, skill, proficiency, time, started);
                    double wall = (time.nanoTime() - started[0]) / 1e9;
                    RunResult r = result(
                            s,
                            client.equals("sdk")
                                    ? "official SDK, " + inFlight + " threads"
                                    : "gcsync governor, " + inFlight + " in flight",
                            users,
                            wall,
                            failed,
                            emulator.admin().counters());
                    results.add(r);
                    System.out.println(r.row());
                }
            }
            System.out.println();
            System.out.println(RunResult.header());
            results.forEach(r -> System.out.println(r.row()));
        }
    }

    private static int sdkRun(
            Emulator emulator,
            int threads,
            List<String> users,
            String skill,
            double proficiency,
            TimeSource time,
            long[] started)
            throws Exception {
        String token =
                OAuth.token(emulator.baseUrl(), EmulatorConfig.DEFAULT_CLIENT_ID, EmulatorConfig.DEFAULT_CLIENT_SECRET);
        started[0] = time.nanoTime();
        return SdkRun.run(emulator.baseUrl(), token, threads, users, skill, proficiency);
    }

    private static RunResult result(
            Scenario s, String client, List<String> users, double wall, int failed, CountersSnapshot c) {
        long requests = 0;
        for (Map.Entry<String, Long> e : c.byRouteAndStatus().entrySet()) {
            if (e.getKey().startsWith(ROUTE + " ")) {
                requests += e.getValue();
            }
        }
        long confirmed =
                users.stream().filter(id -> c.writes("PATCH_SKILLS", id) >= 1).count();
        return new RunResult(
                s.name(),
                client,
                users.size(),
                wall,
                users.size() / s.allowedRate(),
                requests,
                c.count(ROUTE, 429),
                failed,
                confirmed);
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
