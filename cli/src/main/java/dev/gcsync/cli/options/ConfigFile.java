package dev.gcsync.cli.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gcsync.sync.problem.IoTrouble;
import dev.gcsync.sync.tree.SyntaxMessages;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The optional {@code gcsync.yaml}: flat keys that stand in for command-line options not given
 * ({@code region, apiUrl, loginUrl, clientId, clientSecretFile, budgetStore}). Never holds the secret itself.
 */
final class ConfigFile {
    private static final Set<String> KEYS =
            Set.of("region", "apiUrl", "loginUrl", "clientId", "clientSecretFile", "budgetStore");
    private final JsonNode root;
    private final Path source;

    private ConfigFile(JsonNode root, Path source) {
        this.root = root;
        this.source = source;
    }

    static ConfigFile load(Path explicit) {
        Path path = explicit != null ? explicit : Path.of("gcsync.yaml");
        if (!Files.exists(path)) {
            if (explicit != null) {
                throw new IllegalArgumentException("the settings file " + explicit + " does not exist: check the path"
                        + " given with --config (without --config, gcsync reads ./gcsync.yaml when there is one)");
            }
            return new ConfigFile(null, path);
        }
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
            if (root != null && root.isObject()) {
                for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (key.equalsIgnoreCase("clientSecret")) {
                        throw new IllegalArgumentException(path + ": clientSecret does not belong in a settings file;"
                                + " use clientSecretFile or " + ConnectionOptions.SECRET_ENV);
                    }
                    if (!KEYS.contains(key)) {
                        throw new IllegalArgumentException(path + ": unknown key '" + key + "'; known keys: "
                                + String.join(", ", new TreeSet<>(KEYS)));
                    }
                }
            }
            return new ConfigFile(root, path);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "the settings file " + SyntaxMessages.of(path.toString(), e).describe());
        } catch (IOException e) {
            throw new IllegalArgumentException("the settings file " + path + " " + IoTrouble.describe(path, e)
                    + ": make it readable by the user running gcsync");
        }
    }

    String get(String key) {
        return root == null || !root.hasNonNull(key) ? null : root.get(key).asText();
    }

    URI uri(String key) {
        String v = get(key);
        try {
            return v == null ? null : OptionValues.HttpUrl.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + key + " " + e.getMessage());
        }
    }

    /** Where the values come from, for messages. */
    Path source() {
        return source;
    }

    Path path(String key) {
        String v = get(key);
        return v == null
                ? null
                : (source.getParent() == null ? Path.of(v) : source.getParent().resolve(v));
    }
}
