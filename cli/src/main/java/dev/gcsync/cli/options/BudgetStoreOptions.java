package dev.gcsync.cli.options;

import dev.gcsync.budget.redis.RedisBudgetStore;
import dev.gcsync.budget.redis.StoreUrl;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the org's shared buckets are counted: this process ({@code local}, the default) or a Redis that every
 * gcsync process and host on the org names ({@code --budget-store redis://host:6379/0}). Falls back to
 * {@code GCSYNC_BUDGET_STORE}, then {@code budgetStore} in {@code gcsync.yaml}. Self-contained: a command adds
 * it as a mixin beside {@link ConnectionOptions} (whose {@code --config} it reads).
 */
public final class BudgetStoreOptions {
    public static final String ENV = "GCSYNC_BUDGET_STORE";

    @Option(
            names = "--budget-store",
            paramLabel = "URL",
            description = "Share the org's rate budget with other gcsync processes and hosts through Redis:"
                    + " redis://host:6379/0, rediss://:PASSWORD@host:6380/0 (TLS), or local (default: this process"
                    + " alone); or " + ENV + ", or budgetStore in gcsync.yaml.")
    String budgetStore;

    /** The value chosen, from the command line, the environment or the settings file; null for local. */
    public String chosen(ConnectionOptions connection, Map<String, String> env) {
        return chosen(connection == null ? null : connection.org, env);
    }

    /** The value chosen, from the command line, the environment or the settings file that {@code org} names. */
    public String chosen(OrgOptions org, Map<String, String> env) {
        if (budgetStore != null) {
            return budgetStore;
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return (org == null ? ConfigFile.load(null) : org.file()).get("budgetStore");
    }

    /**
     * The store, connected; an {@link IllegalArgumentException} for a value that is not a store URL, a sentence
     * naming the URL (never its password) and what to do when Redis cannot be reached or refuses the password.
     *
     * @param api  the org's API base URL: what names the org in the store (only a hash of it reaches Redis); one
     *             Redis database per org when several orgs of one region share a Redis
     * @param role what this process is, shown among the processes sharing the store
     */
    public BudgetStore open(ConnectionOptions connection, Map<String, String> env, URI api, String role) {
        return open(connection == null ? null : connection.org, env, api, role);
    }

    /** As {@link #open(ConnectionOptions, Map, URI, String)}, for a command that only says where the org is. */
    public BudgetStore open(OrgOptions org, Map<String, String> env, URI api, String role) {
        String value = chosen(org, env);
        if (StoreUrl.isLocal(value)) {
            return BudgetStore.local();
        }
        String orgName = api.getScheme() + "://" + api.getHost().toLowerCase(Locale.ROOT)
                + (api.getPort() > 0 ? ":" + api.getPort() : "");
        return RedisBudgetStore.connect(StoreUrl.parse(value), orgName, role, TimeSource.system());
    }
}
