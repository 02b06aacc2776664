package dev.gcsync.sync.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code runs} table: inserting a run, reading runs with their op counts, and the one write of a run's
 * status ({@link #transition}), checked against {@link RunStatus#canBecome}. Not thread-safe: {@link Journal}
 * calls it under its monitor, inside its transactions.
 */
final class RunRows {
    private final Connection db;
    private final Clock clock;

    RunRows(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Inserts a RUNNING run and returns it as read back. */
    RunInfo insert(String files, String target, String desiredJson, String planJson) throws SQLException {
        Instant started = clock.instant();
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO runs(started_at, status, files, target, desired_json, plan_json) VALUES(?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, started.toString());
            ps.setString(2, RunStatus.RUNNING.name());
            ps.setString(3, files);
            ps.setString(4, target);
            ps.setString(5, desiredJson);
            ps.setString(6, planJson);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new RunInfo(
                        keys.getLong(1),
                        started,
                        null,
                        RunStatus.RUNNING,
                        files,
                        target,
                        new OpCounts(0, 0, 0, 0, 0),
                        0,
                        null,
                        0);
            }
        }
    }

    /** Retires {@code old} for {@code newer}: SUPERSEDED with the reason, its unsent ops with it. */
    void retire(RunInfo old, RunInfo newer) throws SQLException {
        transition(
                old.id(),
                old.status(),
                RunStatus.SUPERSEDED,
                "superseded by " + newer.describe()
                        + ", which planned from a fresh read of the org; its unsent requests will not be sent",
                newer.id());
        try (PreparedStatement ps = db.prepareStatement(
                "UPDATE ops SET state=?, updated_at=?, error=? WHERE run_id=? AND state IN ('PENDING','SENT')")) {
            ps.setString(1, OpState.SUPERSEDED.name());
            ps.setString(2, clock.instant().toString());
            ps.setString(3, "retired with its run: run " + newer.id() + " planned again from a fresh read");
            ps.setLong(4, old.id());
            ps.executeUpdate();
        }
    }

    /**
     * Changes a run's status if {@link RunStatus#canBecome} allows it, else throws: the one write of a run's
     * status. Conditional on the status read, so two writers cannot both move the same run.
     */
    void transition(long runId, RunStatus from, RunStatus to, String reason, long supersededBy) throws SQLException {
        if (!from.canBecome(to)) {
            throw new JournalException("run " + runId + " is " + from + " and cannot become " + to);
        }
        try (PreparedStatement ps = db.prepareStatement("UPDATE runs SET status=?, finished_at=?,"
                + " status_reason=?, superseded_by=? WHERE id=? AND status=?")) {
            ps.setString(1, to.name());
            ps.setString(2, to == RunStatus.RUNNING ? null : clock.instant().toString());
            ps.setString(3, reason);
            ps.setObject(4, supersededBy == 0 ? null : supersededBy);
            ps.setLong(5, runId);
            ps.setString(6, from.name());
            if (ps.executeUpdate() != 1) {
                throw new JournalException("run " + runId + " changed status while being moved to " + to);
            }
        }
    }

    RunStatus status(long runId) {
        return where("WHERE r.id=?", runId).stream()
                .findFirst()
                .orElseThrow(() -> new JournalException("no run " + runId + " in this journal"))
                .status();
    }

    /** Runs, newest first, with op counts. @param where empty, or a condition on {@code r} with one long parameter */
    List<RunInfo> where(String where, long parameter) {
        List<RunInfo> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT r.id, r.started_at, r.finished_at, r.status, r.files,"
                + " r.target, COALESCE(r.superseded_by, 0), r.status_reason, r.resumes, " + OpCounts.SQL
                + " FROM runs r LEFT JOIN ops o ON o.run_id = r.id " + where + " GROUP BY r.id ORDER BY r.id DESC")) {
            if (!where.isEmpty()) {
                ps.setLong(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OpCounts counts =
                            new OpCounts(rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14));
                    out.add(new RunInfo(
                            rs.getLong(1),
                            Instant.parse(rs.getString(2)),
                            rs.getString(3) == null ? null : Instant.parse(rs.getString(3)),
                            RunStatus.valueOf(rs.getString(4)),
                            rs.getString(5),
                            rs.getString(6),
                            counts,
                            rs.getLong(7),
                            rs.getString(8),
                            rs.getInt(9)));
                }
            }
        } catch (SQLException e) {
            throw Journal.fail("list runs", e);
        }
        return out;
    }
}
