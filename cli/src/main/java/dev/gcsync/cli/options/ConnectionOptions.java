package dev.gcsync.cli.options;

import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.Region;
import dev.gcsync.genesys.Secret;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How to reach and authenticate to an org, shared by every command that talks to one ({@code @Mixin}).
 * The client secret comes from {@code GCSYNC_CLIENT_SECRET} or {@code --client-secret-file}, never from a
 * command-line value (which would show in process lists and shell history).
 */
public final class ConnectionOptions {
    /** The environment variable holding the client secret. */
    public static final String SECRET_ENV = "GCSYNC_CLIENT_SECRET";

    @Option(names = "--region", paramLabel = "REGION",
            description = "Genesys Cloud region (e.g. us_east_1, eu_west_1) or its domain (mypurecloud.ie).")
    String region;

    @Option(names = "--api-url", paramLabel = "URL", description = "API base URL (instead of --region), e.g. an emulator.")
    URI apiUrl;

    @Option(names = "--login-url", paramLabel = "URL", description = "Login base URL (instead of --region).")
    URI loginUrl;

    @Option(names = "--client-id", paramLabel = "ID", required = true, description = "OAuth client-credentials client id.")
    String clientId;

    @Option(names = "--client-secret-file", paramLabel = "FILE",
            description = "File holding the client secret (else the environment variable " + SECRET_ENV + ").")
    Path secretFile;

    /** The settings these options describe; {@code env} supplies {@value #SECRET_ENV}. */
    public ClientSettings settings(Map<String, String> env) {
        Secret secret = secret(env);
        if (apiUrl != null || loginUrl != null) {
            if (apiUrl == null || loginUrl == null || region != null) {
                throw new IllegalArgumentException("give either --region, or both --api-url and --login-url");
            }
            return ClientSettings.forUrls(apiUrl, loginUrl, clientId, secret);
        }
        if (region == null) {
            throw new IllegalArgumentException("say where the org is: --region REGION, or --api-url and --login-url");
        }
        return ClientSettings.forRegion(Region.of(region), clientId, secret);
    }

    private Secret secret(Map<String, String> env) {
        if (secretFile != null) {
            try {
                String value = Files.readString(secretFile, StandardCharsets.UTF_8).strip();
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("client secret file " + secretFile + " is empty");
                }
                return new Secret(value);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the client secret file " + secretFile + " ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        String value = env.get(SECRET_ENV);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no client secret: set " + SECRET_ENV + " or give --client-secret-file");
        }
        return new Secret(value.strip());
    }
}
