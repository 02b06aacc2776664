package dev.gcsync.cli.options;

import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.Region;
import dev.gcsync.genesys.Secret;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.sync.problem.IoTrouble;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the org is and how to authenticate, shared by every command that talks to an org. The client
 * secret is never a command-line value (it would show in {@code ps} and shell history): it comes from
 * {@code GCSYNC_CLIENT_SECRET} or a file. Values not given fall back to {@code gcsync.yaml}.
 */
public final class ConnectionOptions {
    public static final String SECRET_ENV = "GCSYNC_CLIENT_SECRET";

    @Option(names = "--region", paramLabel = "NAME",
            description = "Genesys Cloud region, e.g. eu_west_1 or mypurecloud.ie (or use --api-url/--login-url).")
    String region;

    @Option(names = "--api-url", paramLabel = "URL", converter = OptionValues.HttpUrl.class,
            description = "API base URL, e.g. an emulator's http://127.0.0.1:8080 (instead of --region).")
    URI apiUrl;

    @Option(names = "--login-url", paramLabel = "URL", converter = OptionValues.HttpUrl.class,
            description = "OAuth base URL (defaults to --api-url).")
    URI loginUrl;

    @Option(names = "--client-id", paramLabel = "ID", description = "OAuth client id (client credentials grant); or GCSYNC_CLIENT_ID.")
    String clientId;

    @Option(names = "--client-secret-file", paramLabel = "FILE",
            description = "File holding the OAuth client secret; or set " + SECRET_ENV + ".")
    Path secretFile;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: ./gcsync.yaml if present).")
    Path config;

    /** The client settings with the governor's defaults. */
    public ClientSettings settings(Map<String, String> env) {
        return settings(GovernorConfig.defaults(), env);
    }

    /**
     * The client settings, or an {@link IllegalArgumentException} saying exactly what is missing or
     * contradictory. Where the org is comes whole from one place: the command line when it names the org
     * ({@code --region} or {@code --api-url}), else {@code gcsync.yaml}; in one place, a region and URLs
     * together are refused rather than one silently winning.
     */
    public ClientSettings settings(GovernorConfig governor, Map<String, String> env) {
        ConfigFile file = ConfigFile.load(config);
        boolean onCommandLine = region != null || apiUrl != null || loginUrl != null;
        String where = onCommandLine ? "on the command line" : "in " + file.source();
        String regionName = onCommandLine ? region : file.get("region");
        URI api = onCommandLine ? apiUrl : file.uri("apiUrl");
        URI login = onCommandLine ? loginUrl : file.uri("loginUrl");
        if (regionName != null && (api != null || login != null)) {
            throw new IllegalArgumentException("a region and " + (api != null ? "an API URL" : "a login URL")
                    + " are both given " + where + ": give one, the region (e.g. --region eu_west_1) for a Genesys"
                    + " Cloud org, or --api-url (and --login-url) for an emulator or a proxy");
        }
        if (login != null && api == null) {
            throw new IllegalArgumentException("a login URL without an API URL " + where + ": give --api-url too"
                    + " (--login-url only replaces the login host of --api-url)");
        }
        String id = first(clientId, env.get("GCSYNC_CLIENT_ID"), file.get("clientId"));
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("no OAuth client id: give --client-id, set GCSYNC_CLIENT_ID,"
                    + " or put clientId in gcsync.yaml");
        }
        if (api == null && regionName == null) {
            throw new IllegalArgumentException("no org to talk to: give --region (e.g. eu_west_1) or --api-url");
        }
        Secret secret = secret(env, file);
        ClientSettings settings = api != null
                ? ClientSettings.forUrls(api, login != null ? login : api, id, secret)
                : ClientSettings.forRegion(Region.of(regionName), id, secret);
        return settings.withGovernor(governor);
    }

    private Secret secret(Map<String, String> env, ConfigFile file) {
        Path path = secretFile != null ? secretFile : file.path("clientSecretFile");
        if (path != null) {
            String given = secretFile != null ? "--client-secret-file" : "clientSecretFile in " + file.source();
            String value;
            try {
                value = Files.readString(path, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("the client secret file " + path + " (" + given + ") "
                        + IoTrouble.describe(path, e) + ": " + secretFileHint(e));
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException("the client secret file " + path + " (" + given + ") is empty:"
                        + " put the OAuth client's secret in it, on one line");
            }
            return new Secret(value);
        }
        String value = env.get(SECRET_ENV);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no OAuth client secret: set " + SECRET_ENV
                    + " or give --client-secret-file (never on the command line)");
        }
        return new Secret(value.strip());
    }

    private static String secretFileHint(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "give the path of the file that holds the OAuth client secret, or set " + SECRET_ENV + " instead";
        }
        if (e instanceof AccessDeniedException) {
            return "make it readable by the user running gcsync (e.g. chown that user, chmod 600)";
        }
        if (e instanceof CharacterCodingException) {
            return "the file must hold the secret as text, on one line";
        }
        return "check the path, or set " + SECRET_ENV + " instead";
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
