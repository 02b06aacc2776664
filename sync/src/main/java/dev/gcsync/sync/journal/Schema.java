package dev.gcsync.sync.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The journal's tables. Additive only: a newer gcsync must read an older state.db. */
final class Schema {
    static final List<String> STATEMENTS = List.of(
            "CREATE TABLE IF NOT EXISTS runs ("
                    + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL,"
                    + " files TEXT, target TEXT, desired_json TEXT, plan_json TEXT, summary_json TEXT)",
            "CREATE TABLE IF NOT EXISTS ops ("
                    + " run_id INTEGER NOT NULL REFERENCES runs(id), seq INTEGER NOT NULL,"
                    + " op_json TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL,"
                    + " correlation_id TEXT, error TEXT, updated_at TEXT NOT NULL,"
                    + " PRIMARY KEY(run_id, seq))",
            "CREATE TABLE IF NOT EXISTS documents ("
                    + " run_id INTEGER NOT NULL REFERENCES runs(id), name TEXT NOT NULL, json TEXT NOT NULL,"
                    + " PRIMARY KEY(run_id, name))",
            "CREATE TABLE IF NOT EXISTS learned_limits ("
                    + " org TEXT NOT NULL, family TEXT NOT NULL, limit_per_window INTEGER NOT NULL,"
                    + " window_ms INTEGER NOT NULL, learned_at TEXT NOT NULL, PRIMARY KEY(org, family))");

    /** Columns of {@code runs} added after the first release: an older state.db gets them on open. */
    private static final List<String> ADDED_RUN_COLUMNS =
            List.of("superseded_by INTEGER", "status_reason TEXT", "resumes INTEGER NOT NULL DEFAULT 0");

    static void addMissingColumns(Connection db) throws SQLException {
        Set<String> have = new HashSet<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA table_info(runs)")) {
            while (rs.next()) {
                have.add(rs.getString("name"));
            }
        }
        try (Statement s = db.createStatement()) {
            for (String column : ADDED_RUN_COLUMNS) {
                if (!have.contains(column.substring(0, column.indexOf(' ')))) {
                    s.execute("ALTER TABLE runs ADD COLUMN " + column);
                }
            }
        }
    }

    private Schema() {}
}
