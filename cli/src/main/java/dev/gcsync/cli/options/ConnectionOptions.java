package dev.gcsync.cli.options;

import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.Secret;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.sync.problem.IoTrouble;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where the org is ({@link OrgOptions}) and how to authenticate, shared by every command that syncs. The client
 * secret is never a command-line value (it would show in {@code ps} and shell history): it comes from
 * {@code GCSYNC_CLIENT_SECRET} or a file. Values not given fall back to {@code gcsync.yaml}.
 */
public final class ConnectionOptions {
    public static final String SECRET_ENV = "GCSYNC_CLIENT_SECRET";

    @Mixin
    OrgOptions org = new OrgOptions();

    @Option(
            names = "--client-id",
            paramLabel = "ID",
            description = "OAuth client id (client credentials grant); or GCSYNC_CLIENT_ID.")
    String clientId;

    @Option(
            names = "--client-secret-file",
            paramLabel = "FILE",
            description = "File holding the OAuth client secret; or set " + SECRET_ENV + ".")
    Path secretFile;

    /** The client settings with the governor's defaults. */
    public ClientSettings settings(Map<String, String> env) {
        return settings(GovernorConfig.defaults(), env);
    }

    /**
     * The client settings, or an {@link IllegalArgumentException} saying exactly what is missing or
     * contradictory; where the org is, as {@link OrgOptions} says.
     */
    public ClientSettings settings(GovernorConfig governor, Map<String, String> env) {
        ConfigFile file = org.file();
        OrgOptions.Where where = org.whereIfGiven(file);
        String id = first(clientId, env.get("GCSYNC_CLIENT_ID"), file.get("clientId"));
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(
                    "no OAuth client id: give --client-id, set GCSYNC_CLIENT_ID," + " or put clientId in gcsync.yaml");
        }
        if (where == null) {
            where = org.where(file);
        }
        Secret secret = secret(env, file);
        return ClientSettings.forUrls(where.api(), where.login(), id, secret).withGovernor(governor);
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
