package dev.gcsync.emulator;

import dev.gcsync.emulator.background.BackgroundSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything an emulator starts with. Immutable and validated; build with {@link #builder()}.
 *
 * @param host         interface to bind (default 127.0.0.1: loopback only)
 * @param port         TCP port; 0 = ephemeral
 * @param users        number of seeded users (0 to 1,000,000)
 * @param seed         seed of the generated data and of the fault random
 * @param clientId     OAuth client id accepted by {@code POST /oauth/token}
 * @param clientSecret its secret
 * @param adminKey     value of the {@code X-Admin-Key} header the {@code /admin} routes require
 * @param policy       rate limits at start
 * @param faults       faults at start
 * @param clock        time source (real by default; {@link ManualClock} in tests)
 * @param maxThreads   Jetty request threads; large, since injected latency parks a thread per request
 * @param clients      OAuth clients accepted besides {@code clientId}, which is always a full admin
 * @param quirks       real-org behaviours at start ({@link OrgQuirks#defaults()} by default)
 * @param background   background traffic on org-scoped buckets of {@code policy} (none by default)
 */
public record EmulatorConfig(
        String host,
        int port,
        int users,
        long seed,
        String clientId,
        String clientSecret,
        String adminKey,
        RatePolicy policy,
        Faults faults,
        EmulatorClock clock,
        int maxThreads,
        List<OAuthClient> clients,
        OrgQuirks quirks,
        List<BackgroundSpec> background) {

    public static final String DEFAULT_CLIENT_ID = "gcsync-demo";
    public static final String DEFAULT_CLIENT_SECRET = "gcsync-demo-secret";
    public static final String DEFAULT_ADMIN_KEY = "gcsync-admin";
    public static final int DEFAULT_USERS = 2000;
    public static final long DEFAULT_SEED = 42;
    public static final int MAX_USERS = 1_000_000;

    public EmulatorConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (ephemeral) to 65535, was " + port);
        }
        if (users < 0 || users > MAX_USERS) {
            throw new IllegalArgumentException("users must be 0 to " + MAX_USERS + ", was " + users);
        }
        requireText("clientId", clientId);
        requireText("clientSecret", clientSecret);
        requireText("adminKey", adminKey);
        if (clientId.contains(":")) {
            throw new IllegalArgumentException("clientId must not contain ':' (it is sent in Basic auth)");
        }
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(clock, "clock");
        if (maxThreads < 8) {
            throw new IllegalArgumentException("maxThreads must be >= 8, was " + maxThreads);
        }
        clients = clients == null ? List.of() : List.copyOf(clients);
        quirks = quirks == null ? OrgQuirks.defaults() : quirks;
        background = background == null ? List.of() : List.copyOf(background);
        BackgroundSpec.check(background, policy);
        Set<String> ids = new HashSet<>(Set.of(clientId));
        for (OAuthClient c : clients) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("OAuth client id " + c.id() + " is given twice");
            }
        }
    }

    /** The default full-admin client, then the others. */
    public List<OAuthClient> allClients() {
        List<OAuthClient> all = new ArrayList<>();
        all.add(OAuthClient.fullAdmin(clientId, clientSecret));
        all.addAll(clients);
        return List.copyOf(all);
    }

    /** Like the record's, with the client secret and admin key masked so a logged config leaks neither. */
    @Override
    public String toString() {
        return "EmulatorConfig[host=" + host + ", port=" + port + ", users=" + users + ", seed=" + seed
                + ", clientId=" + clientId + ", clientSecret=***, adminKey=***, policy=" + policy + ", faults="
                + faults + ", maxThreads=" + maxThreads + ", clients=" + clients + ", quirks=" + quirks
                + ", background=" + background + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this config's values. */
    public Builder toBuilder() {
        return new Builder()
                .host(host)
                .port(port)
                .users(users)
                .seed(seed)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .adminKey(adminKey)
                .policy(policy)
                .faults(faults)
                .clock(clock)
                .maxThreads(maxThreads)
                .clients(clients)
                .quirks(quirks)
                .background(background);
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** Mutable builder; {@link #build()} validates and copies. Defaults: profile GENESYS, 2000 users, seed 42. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private int users = DEFAULT_USERS;
        private long seed = DEFAULT_SEED;
        private String clientId = DEFAULT_CLIENT_ID;
        private String clientSecret = DEFAULT_CLIENT_SECRET;
        private String adminKey = DEFAULT_ADMIN_KEY;
        private RatePolicy policy = Profile.GENESYS.policy();
        private Faults faults = Profile.GENESYS.faults();
        private EmulatorClock clock = EmulatorClock.system();
        private int maxThreads = 400;
        private List<OAuthClient> clients = List.of();
        private OrgQuirks quirks = OrgQuirks.defaults();
        private List<BackgroundSpec> background = List.of();

        private Builder() {}

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder users(int value) {
            users = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder clientId(String value) {
            clientId = value;
            return this;
        }

        public Builder clientSecret(String value) {
            clientSecret = value;
            return this;
        }

        public Builder adminKey(String value) {
            adminKey = value;
            return this;
        }

        public Builder policy(RatePolicy value) {
            policy = value;
            return this;
        }

        public Builder faults(Faults value) {
            faults = value;
            return this;
        }

        public Builder clock(EmulatorClock value) {
            clock = value;
            return this;
        }

        public Builder maxThreads(int value) {
            maxThreads = value;
            return this;
        }

        public Builder clients(List<OAuthClient> value) {
            clients = value;
            return this;
        }

        public Builder quirks(OrgQuirks value) {
            quirks = value;
            return this;
        }

        public Builder background(List<BackgroundSpec> value) {
            background = value;
            return this;
        }

        /** Adds one more accepted OAuth client (e.g. {@link OAuthClient#restricted}). */
        public Builder client(OAuthClient value) {
            clients = new ArrayList<>(clients);
            clients.add(value);
            return this;
        }

        /** Sets policy and faults from a preset; later calls to policy/faults override. */
        public Builder profile(Profile profile) {
            policy = profile.policy();
            faults = profile.faults();
            return this;
        }

        public EmulatorConfig build() {
            return new EmulatorConfig(
                    host,
                    port,
                    users,
                    seed,
                    clientId,
                    clientSecret,
                    adminKey,
                    policy,
                    faults,
                    clock,
                    maxThreads,
                    clients,
                    quirks,
                    background);
        }
    }
}
