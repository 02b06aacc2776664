package dev.gcsync.cli.options;

import dev.gcsync.genesys.Region;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the org is ({@code --region}, or {@code --api-url} and {@code --login-url}) and the settings file that
 * can say it instead ({@code --config}, default {@code ./gcsync.yaml}): the options of every command that talks to
 * an org, the proxy included. Where the org is comes whole from one place: the command line when it names the
 * org, else {@code gcsync.yaml}; in one place, a region and URLs together are refused rather than one silently
 * winning.
 */
public final class OrgOptions {
    @Option(
            names = "--region",
            paramLabel = "NAME",
            description = "Genesys Cloud region, e.g. eu_west_1 or mypurecloud.ie (or use --api-url/--login-url).")
    String region;

    @Option(
            names = "--api-url",
            paramLabel = "URL",
            converter = OptionValues.HttpUrl.class,
            description = "API base URL, e.g. an emulator's http://127.0.0.1:8080 (instead of --region).")
    URI apiUrl;

    @Option(
            names = "--login-url",
            paramLabel = "URL",
            converter = OptionValues.HttpUrl.class,
            description = "OAuth base URL (defaults to --api-url).")
    URI loginUrl;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: ./gcsync.yaml if present).")
    Path config;

    /** The API and login base URLs of the org. */
    public record Where(URI api, URI login) {}

    /** The settings file: {@code --config}, else {@code ./gcsync.yaml} if present, else none. */
    ConfigFile file() {
        return ConfigFile.load(config);
    }

    /** Where the org is, from the command line or {@code gcsync.yaml}. */
    public Where where() {
        return where(file());
    }

    /** As {@link #where()}, or null when neither the command line nor {@code file} names an org. */
    Where whereIfGiven(ConfigFile file) {
        boolean onCommandLine = region != null || apiUrl != null || loginUrl != null;
        String from = onCommandLine ? "on the command line" : "in " + file.source();
        String regionName = onCommandLine ? region : file.get("region");
        URI api = onCommandLine ? apiUrl : file.uri("apiUrl");
        URI login = onCommandLine ? loginUrl : file.uri("loginUrl");
        if (regionName != null && (api != null || login != null)) {
            throw new IllegalArgumentException("a region and " + (api != null ? "an API URL" : "a login URL")
                    + " are both given " + from + ": give one, the region (e.g. --region eu_west_1) for a Genesys"
                    + " Cloud org, or --api-url (and --login-url) for an emulator or a proxy");
        }
        if (login != null && api == null) {
            throw new IllegalArgumentException("a login URL without an API URL " + from + ": give --api-url too"
                    + " (--login-url only replaces the login host of --api-url)");
        }
        if (api != null) {
            return new Where(api, login != null ? login : api);
        }
        if (regionName != null) {
            Region r = Region.of(regionName);
            return new Where(r.apiBase(), r.loginBase());
        }
        return null;
    }

    Where where(ConfigFile file) {
        Where where = whereIfGiven(file);
        if (where == null) {
            throw new IllegalArgumentException("no org to talk to: give --region (e.g. eu_west_1) or --api-url,"
                    + " or put region (or apiUrl) in gcsync.yaml");
        }
        return where;
    }
}
