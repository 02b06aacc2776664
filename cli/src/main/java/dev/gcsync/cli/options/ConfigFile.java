package dev.gcsync.cli.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

/**
 * The optional {@code gcsync.yaml}: flat keys that stand in for command-line options not given
 * ({@code region, apiUrl, loginUrl, clientId, clientSecretFile}). Never holds the secret itself.
 */
final class ConfigFile {
    private static final Set<String> KEYS = Set.of("region", "apiUrl", "loginUrl", "clientId", "clientSecretFile");
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
                throw new IllegalArgumentException("no such settings file: " + explicit);
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
                                + String.join(", ", new java.util.TreeSet<>(KEYS)));
                    }
                }
            }
            return new ConfigFile(root, path);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage());
        }
    }

    String get(String key) {
        return root == null || !root.hasNonNull(key) ? null : root.get(key).asText();
    }

    URI uri(String key) {
        String v = get(key);
        return v == null ? null : URI.create(v);
    }

    Path path(String key) {
        String v = get(key);
        return v == null ? null : (source.getParent() == null ? Path.of(v) : source.getParent().resolve(v));
    }
}
