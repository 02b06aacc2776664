package dev.gcsync.budget.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code --budget-store} value: {@code redis://host:6379/0}, {@code rediss://host:6380/0} (TLS), with a
 * password {@code redis://:pw@host:6379/0} (or a user {@code redis://user:pw@host/0}), or {@code local}. Its
 * {@link #toString} never shows the password. Immutable.
 *
 * @param database the Redis database number: one per org when several orgs share one Redis
 */
public record StoreUrl(
        boolean tls, String host, int port, int database, Optional<String> user, Optional<char[]> password) {
    public static final String LOCAL = "local";

    /** The URL parsed, or an {@link IllegalArgumentException} naming what is wrong (never the password). */
    public static StoreUrl parse(String value) {
        String v = value.strip();
        URI uri;
        try {
            uri = new URI(v);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("budget store '" + redact(v) + "' is not a URL: give"
                    + " redis://host:6379/0, rediss://host:6380/0 or local");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw new IllegalArgumentException("budget store '" + redact(v) + "': only redis:// and rediss:// are"
                    + " supported (or local), e.g. redis://cache:6379/0");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException(
                    "budget store '" + redact(v) + "' names no host, e.g." + " redis://cache:6379/0");
        }
        int db = 0;
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!path.isEmpty()) {
            try {
                db = Integer.parseInt(path);
            } catch (NumberFormatException e) {
                db = -1;
            }
            if (db < 0 || db > 15) {
                throw new IllegalArgumentException("budget store '" + redact(v) + "': the path is the database"
                        + " number, 0 to 15, e.g. redis://cache:6379/0");
            }
        }
        Optional<String> user = Optional.empty();
        Optional<char[]> password = Optional.empty();
        String info = uri.getRawUserInfo();
        if (info != null && !info.isEmpty()) {
            int colon = info.indexOf(':');
            String u = colon < 0 ? "" : decode(info.substring(0, colon));
            String p = decode(colon < 0 ? info : info.substring(colon + 1));
            user = u.isEmpty() ? Optional.empty() : Optional.of(u);
            password = p.isEmpty() ? Optional.empty() : Optional.of(p.toCharArray());
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 6379;
        return new StoreUrl(scheme.equals("rediss"), uri.getHost(), port, db, user, password);
    }

    /** Whether {@code value} asks for the in-process store. */
    public static boolean isLocal(String value) {
        return value == null || value.isBlank() || value.strip().equalsIgnoreCase(LOCAL);
    }

    /** The URL as it may be shown: the password replaced by {@code ***}. */
    @Override
    public String toString() {
        String auth = password.isPresent()
                ? user.orElse("") + ":***@"
                : user.map(u -> u + "@").orElse("");
        return (tls ? "rediss" : "redis") + "://" + auth + host + ":" + port + "/" + database;
    }

    /** Any text that may hold a URL with a password, with the password replaced by {@code ***}. */
    public static String redact(String text) {
        return text.replaceAll("([A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]*):[^@/\\s]*@", "$1:***@");
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
