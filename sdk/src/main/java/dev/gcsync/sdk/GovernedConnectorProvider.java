package dev.gcsync.sdk;

import com.mypurecloud.sdk.v2.connector.ApiClientConnector;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProperties;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProperty;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProvider;
import com.mypurecloud.sdk.v2.connector.apache.ApacheHttpClientConnectorProvider;
import dev.gcsync.genesys.IninRateLimitParser;
import dev.gcsync.genesys.gateway.TokenGovernors;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.OrgBudget;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.sdk.internal.GovernedConnector;
import dev.gcsync.sdk.internal.HeldGovernor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Plugs gcsync's governor into the official Genesys Cloud Java SDK ({@code platform-client-v2}) as its HTTP
 * connector, for jobs that cannot point their base URL at {@code gcsync proxy}:
 *
 * <pre>{@code
 * ApiClient client = ApiClient.Builder.standard()
 *         .withBasePath(PureCloudRegionHosts.eu_west_1)
 *         .withProperty(ApiClientConnectorProperty.CONNECTOR_PROVIDER, GovernedConnectorProvider.standard())
 *         .build();
 * client.authorizeClientCredentials(clientId, clientSecret);
 * }</pre>
 *
 * Every API request then goes through one governor per bearer token, shared by every {@code ApiClient} built
 * with the same provider: paced from {@code inin-ratelimit-*}, one pause for all threads on a 429, the 429
 * sent again after {@code Retry-After} (any method) up to {@code maxHold}; a 5xx or a dropped connection on
 * a POST/PATCH is never sent again. The HTTP itself is done by the SDK's own connector (Apache by default).
 * Leave the SDK's {@code RetryConfiguration} off. Thread-safe; share one provider per JVM.
 */
public final class GovernedConnectorProvider implements ApiClientConnectorProvider {
    private final TokenGovernors<HeldGovernor> governors;
    private final ApiClientConnectorProvider transport;
    private final TimeSource time;
    private final Duration maxHold;

    /**
     * @param governor  each token's governor settings (its Retry-After ceiling becomes {@code maxHold})
     * @param maxHold   longest a request is held (pacing, 429 pauses) before the SDK gets the 429 itself
     * @param transport the connector that does the HTTP, e.g. {@code new ApacheHttpClientConnectorProvider()}
     */
    public GovernedConnectorProvider(
            GovernorConfig governor,
            Duration maxHold,
            TimeSource time,
            DoubleSupplier random,
            GovernorListener listener,
            ApiClientConnectorProvider transport) {
        this(governor, maxHold, time, random, listener, transport, BudgetStore.local());
    }

    /**
     * The same, with the org's shared buckets counted in {@code store}, e.g. {@code RedisBudgetStore.connect(…)}
     * of the {@code gcsync-budget-redis} artifact: shared with every gcsync process, proxy and job that names it.
     */
    public GovernedConnectorProvider(
            GovernorConfig governor,
            Duration maxHold,
            TimeSource time,
            DoubleSupplier random,
            GovernorListener listener,
            ApiClientConnectorProvider transport,
            BudgetStore store) {
        if (maxHold.isNegative() || maxHold.isZero()) {
            throw new IllegalArgumentException("maxHold must be > 0");
        }
        GovernorConfig perToken = TokenGovernors.heldFor(governor, maxHold);
        this.governors = new TokenGovernors<>(
                perToken,
                new OrgBudget(perToken, store),
                time,
                random,
                new IninRateLimitParser(),
                listener,
                (name, now, governorFor) -> new HeldGovernor(now, governorFor));
        this.transport = transport;
        this.time = time;
        this.maxHold = maxHold;
    }

    /** The governor's defaults (8 in flight per token), a 5 min hold, the real clock, the SDK's Apache connector. */
    public static GovernedConnectorProvider standard() {
        return new GovernedConnectorProvider(
                GovernorConfig.defaults(),
                Duration.ofMinutes(5),
                TimeSource.system(),
                () -> ThreadLocalRandom.current().nextDouble(),
                GovernorListener.none(),
                new ApacheHttpClientConnectorProvider());
    }

    /**
     * The names of the tokens that have a governor now ({@code t-} and 12 hex digits of the token's SHA-256,
     * never the token): one per token sent, a token idle for an hour forgotten.
     */
    public List<String> tokens() {
        return governors.names();
    }

    @Override
    public ApiClientConnector create(ApiClientConnectorProperties properties) {
        // The SDK passes its properties on to the real connector (timeouts, proxy settings); the provider
        // property itself is ours and must not make the transport load us again.
        ApiClientConnectorProperties forTransport = new ApiClientConnectorProperties() {
            @Override
            public <T> T getProperty(String key, Class<T> type, T defaultValue) {
                return ApiClientConnectorProperty.CONNECTOR_PROVIDER.equals(key)
                        ? defaultValue
                        : properties.getProperty(key, type, defaultValue);
            }
        };
        return new GovernedConnector(transport.create(forTransport), governors, time, maxHold);
    }
}
