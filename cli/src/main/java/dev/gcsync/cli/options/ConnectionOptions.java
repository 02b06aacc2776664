package dev.gcsync.cli.options;

import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.Region;
import dev.gcsync.genesys.Secret;
import dev.gcsync.governor.GovernorConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Option(names = "--api-url", paramLabel = "URL", description = "API base URL, e.g. an emulator's http://127.0.0.1:8080.")
    URI apiUrl;

    @Option(names = "--login-url", paramLabel = "URL", description = "OAuth base URL (defaults to --api-url).")
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

    /** The client settings, or an {@link IllegalArgumentException} saying exactly what is missing. */
    public ClientSettings settings(GovernorConfig governor, Map<String, String> env) {
        ConfigFile file = ConfigFile.load(config);
        String regionName = first(region, file.get("region"));
        URI api = apiUrl != null ? apiUrl : file.uri("apiUrl");
        URI login = loginUrl != null ? loginUrl : file.uri("loginUrl");
        String id = first(clientId, env.get("GCSYNC_CLIENT_ID"), file.get("clientId"));
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("no OAuth client id: give --client-id, set GCSYNC_CLIENT_ID,"
                    + " or put clientId in gcsync.yaml");
        }
        Secret secret = secret(env, file);
        ClientSettings settings;
        if (api != null) {
            settings = ClientSettings.forUrls(api, login != null ? login : api, id, secret);
        } else if (regionName != null) {
            settings = ClientSettings.forRegion(Region.of(regionName), id, secret);
        } else {
            throw new IllegalArgumentException("no org to talk to: give --region (e.g. eu_west_1) or --api-url");
        }
        return settings.withGovernor(governor);
    }

    private Secret secret(Map<String, String> env, ConfigFile file) {
        Path path = secretFile != null ? secretFile : file.path("clientSecretFile");
        if (path != null) {
            try {
                String value = Files.readString(path, StandardCharsets.UTF_8).strip();
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("the client secret file " + path + " is empty");
                }
                return new Secret(value);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the client secret file " + path + ": "
                        + e.getClass().getSimpleName());
            }
        }
        String value = env.get(SECRET_ENV);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no OAuth client secret: set " + SECRET_ENV
                    + " or give --client-secret-file (never on the command line)");
        }
        return new Secret(value.strip());
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
