package dev.gcsync.contract;

import com.mypurecloud.sdk.v2.ApiClient;
import dev.gcsync.emulator.EmulatorConfig;
import java.time.Duration;
import java.util.List;

/**
 * One gateway adapter in front of its own emulator, as a client of it sees it: the official Java SDK
 * configured the way docs/proxy.md tells a user to (base URL at the proxy, or the governed connector plugged
 * into the SDK). Both run on one {@link SharedClock} with the emulator.
 */
interface Adapter extends AutoCloseable {

    /** The two adapters of the gateway. */
    enum Kind {
        PROXY {
            @Override
            Adapter start(EmulatorConfig.Builder emulator, Duration maxHold) {
                return ProxyAdapter.start(emulator, maxHold);
            }
        },
        CONNECTOR {
            @Override
            Adapter start(EmulatorConfig.Builder emulator, Duration maxHold) {
                return ConnectorAdapter.start(emulator, maxHold);
            }
        };

        /** An emulator built from {@code emulator} (with the shared clock), and this adapter in front of it. */
        abstract Adapter start(EmulatorConfig.Builder emulator, Duration maxHold);
    }

    Kind kind();

    /** The emulator behind the adapter and the clock they share. */
    Backend backend();

    /** A new bearer token, asked for through the adapter as its users do (passed once, never governed). */
    String newToken();

    /** An SDK client sending {@code token} through the adapter, without SDK retries of its own. */
    ApiClient client(String token);

    /** The names of the tokens the adapter holds a governor for now. */
    List<String> governedTokens();

    /** How the adapter's own answers name it, and its hold setting (the one by-design part of a message). */
    String who();

    String holdSetting();

    @Override
    void close();
}
