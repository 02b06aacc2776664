package dev.gcsync.sync.journal;

import dev.gcsync.governor.LearnedLimit;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rate-limit buckets the governor learned from refusals (a token's own, measured; a shared one's estimate,
 * which ages), per org and endpoint family, in the state dir's
 * SQLite file beside the journal ({@code learned_limits} in {@code state.db}), so that the next run paces
 * those families from its first request instead of meeting their first 429 again.
 *
 * <p>The org is named by {@link #orgKey}: the API host and the OAuth client id (a client belongs to one org,
 * and Genesys' limits are per token, so per client). Each call opens its own short connection: saving
 * happens a few times a run at most, from whichever thread met the refusal. Thread-safe.
 */
public final class LearnedLimitStore {
    /** A measurement older than this is not used (the org's limits may have been raised since). */
    public static final Duration MAX_AGE = Duration.ofDays(30);

    private final Path stateDir;

    public LearnedLimitStore(Path stateDir) {
        this.stateDir = stateDir;
    }

    /** {@code host[:port] client <id>}: who the measurements belong to. */
    public static String orgKey(URI apiBase, String clientId) {
        String host = apiBase.getHost() + (apiBase.getPort() > 0 ? ":" + apiBase.getPort() : "");
        return host + " client " + clientId;
    }

    /** Every measurement kept for {@code org}, by family. */
    public List<LearnedLimit> all(String org) {
        List<LearnedLimit> limits = new ArrayList<>();
        if (!Files.exists(stateDir.resolve("state.db"))) {
            return limits;
        }
        try (Connection db = connect();
                PreparedStatement ps = db.prepareStatement(
                        "SELECT family, limit_per_window, window_ms, learned_at, scope FROM learned_limits WHERE org = ?"
                                + " ORDER BY family")) {
            ps.setString(1, org);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    limits.add(LearnedLimit.withScope(
                            rs.getString(1),
                            rs.getInt(2),
                            Duration.ofMillis(rs.getLong(3)),
                            Instant.parse(rs.getString(4)),
                            rs.getString(5)));
                }
            }
            return limits;
        } catch (SQLException e) {
            throw new JournalException("cannot read the learned limits in " + stateDir + ": " + e.getMessage(), e);
        }
    }

    /** The measurements a run starts from: those of {@code org} younger than {@link #MAX_AGE} at {@code now}. */
    public List<LearnedLimit> usable(String org, Instant now) {
        return all(org).stream()
                .filter(l -> l.learnedAt().plus(MAX_AGE).isAfter(now))
                .toList();
    }

    /** Keeps {@code limit} for {@code org}, replacing an older measurement of the same family. */
    public void save(String org, LearnedLimit limit) {
        try (Connection db = connect();
                PreparedStatement ps = db.prepareStatement(
                        "INSERT OR REPLACE INTO learned_limits(org, family, limit_per_window, window_ms, learned_at, scope)"
                                + " VALUES(?,?,?,?,?,?)")) {
            ps.setString(1, org);
            ps.setString(2, limit.family());
            ps.setInt(3, limit.limit());
            ps.setLong(4, Math.max(1000, limit.window().toMillis()));
            ps.setString(5, limit.learnedAt().toString());
            ps.setString(6, limit.scope());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new JournalException("cannot save a learned limit in " + stateDir + ": " + e.getMessage(), e);
        }
    }

    /** Forgets every measurement of {@code org}; returns how many there were. */
    public int forget(String org) {
        if (!Files.exists(stateDir.resolve("state.db"))) {
            return 0;
        }
        try (Connection db = connect();
                PreparedStatement ps = db.prepareStatement("DELETE FROM learned_limits WHERE org = ?")) {
            ps.setString(1, org);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new JournalException("cannot forget the learned limits in " + stateDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where the server counts each bucket ({@link LearnedLimit#scope()}): a column that state dirs of earlier
     * versions lack (their rows are a token's own buckets, the default).
     */
    private static void addScopeColumn(Statement s) throws SQLException {
        try (ResultSet cols = s.executeQuery("PRAGMA table_info(learned_limits)")) {
            while (cols.next()) {
                if ("scope".equals(cols.getString("name"))) {
                    return;
                }
            }
        }
        s.execute("ALTER TABLE learned_limits ADD COLUMN scope TEXT NOT NULL DEFAULT 'token'");
    }

    private Connection connect() throws SQLException {
        try {
            Files.createDirectories(stateDir);
        } catch (IOException e) {
            throw new SQLException("cannot create " + stateDir + ": " + e.getMessage(), e);
        }
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + stateDir.resolve("state.db"));
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout=5000");
            for (String ddl : Schema.STATEMENTS) {
                s.execute(ddl);
            }
            addScopeColumn(s);
        }
        return db;
    }
}
