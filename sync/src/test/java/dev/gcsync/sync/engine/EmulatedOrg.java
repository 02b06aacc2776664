package dev.gcsync.sync.engine;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.SeedStyle;
import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.Secret;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.sync.org.genesys.GenesysOrgApi;
import dev.gcsync.sync.report.TimelineRecorder;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A real emulator on loopback and a real client wired to it, as the CLI wires them. */
final class EmulatedOrg implements AutoCloseable {
    final Emulator emulator;
    final List<String> log = new ArrayList<>();

    EmulatedOrg(int users, RatePolicy policy) {
        this(EmulatorConfig.builder().users(users).seed(7).policy(policy));
    }

    EmulatedOrg(EmulatorConfig.Builder config) {
        this(config, SeedStyle.TIDY);
    }

    EmulatedOrg(EmulatorConfig.Builder config, SeedStyle style) {
        emulator = Emulator.start(config.build(), style);
    }

    /** An org of {@code style} with no rate limit to speak of. */
    static EmulatedOrg fast(int users, long seed, SeedStyle style) {
        return new EmulatedOrg(
                EmulatorConfig.builder()
                        .users(users)
                        .seed(seed)
                        .policy(RatePolicy.genesys().withLimit(100_000, Duration.ofSeconds(1))),
                style);
    }

    static EmulatedOrg fast(int users) {
        return new EmulatedOrg(users, RatePolicy.genesys().withLimit(100_000, Duration.ofSeconds(1)));
    }

    /** A fresh client + engine, as one gcsync process would have. */
    Session session(SyncOptions options) {
        return session(options, EmulatorConfig.DEFAULT_CLIENT_ID, EmulatorConfig.DEFAULT_CLIENT_SECRET);
    }

    /** A session as another OAuth client of the emulator. */
    Session session(SyncOptions options, String clientId, String clientSecret) {
        TimelineRecorder timeline = new TimelineRecorder(TimeSource.system());
        URI base = URI.create(emulator.baseUrl());
        GenesysClient client = new GenesysClient(
                ClientSettings.forUrls(base, base, clientId, new Secret(clientSecret)),
                TimeSource.system(),
                () -> ThreadLocalRandom.current().nextDouble(),
                timeline);
        GenesysOrgApi api = new GenesysOrgApi(client, emulator.baseUrl());
        SyncEngine engine = new SyncEngine(api, options, TimeSource.system(), Clock.systemUTC(), timeline, line -> {
            synchronized (log) {
                log.add(line);
            }
        });
        return new Session(api, engine, timeline);
    }

    record Session(GenesysOrgApi api, SyncEngine engine, TimelineRecorder timeline) {}

    @Override
    public void close() {
        emulator.close();
    }
}
