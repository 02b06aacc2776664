package dev.gcsync.genesys;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-process emulator on a loopback ephemeral port and clients for it; close after use. */
final class EmulatorFixture implements AutoCloseable {
    /** Generous, so that tests are not paced by the 300/min default unless they mean to be. */
    static final RatePolicy FAST = RatePolicy.genesys().withLimit(100_000, Duration.ofSeconds(60));

    final Emulator emulator;
    final List<GovernorEvent> events = new CopyOnWriteArrayList<>();

    EmulatorFixture(int users, RatePolicy policy) {
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(users)
                .policy(policy)
                .faults(Faults.none())
                .build());
    }

    static EmulatorFixture fast() {
        return new EmulatorFixture(50, FAST);
    }

    ClientSettings settings(String secret) {
        URI base = URI.create(emulator.baseUrl());
        return ClientSettings.forUrls(base, base, EmulatorConfig.DEFAULT_CLIENT_ID, new Secret(secret))
                .withGovernor(GovernorConfig.defaults().withKnownRate(1000))
                .withRequestTimeout(Duration.ofSeconds(5));
    }

    ClientSettings settings() {
        return settings(EmulatorConfig.DEFAULT_CLIENT_SECRET);
    }

    GenesysClient client(ClientSettings settings, GovernorListener extra) {
        return new GenesysClient(settings, TimeSource.system(), () -> 0.5, e -> {
            events.add(e);
            extra.onEvent(e);
        });
    }

    GenesysClient client() {
        return client(settings(), GovernorListener.none());
    }

    @Override
    public void close() {
        emulator.close();
    }
}
