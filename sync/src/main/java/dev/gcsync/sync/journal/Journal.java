package dev.gcsync.sync.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gcsync.sync.plan.Op;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The run journal: an SQLite file ({@code <state-dir>/state.db}) holding every run, every planned op with
 * its state, attempts and correlation id, and each run's desired state and per-user outcomes, so that a run
 * stopped by a crash, a deadline or a daily limit is resumed rather than restarted.
 *
 * <p>Thread safety: one connection guarded by this object's monitor; every method is synchronized.
 * Durability: WAL mode with {@code synchronous=NORMAL} survives a killed process (not a power cut
 * between two checkpoints, which costs at most a re-read on resume).
 */
public final class Journal implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection db;
    private final Clock clock;
    private final RunRows rows;

    private Journal(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.rows = new RunRows(db, clock);
    }

    public static Journal open(Path stateDir, Clock clock) {
        try {
            Files.createDirectories(stateDir);
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + stateDir.resolve("state.db"));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=5000");
                for (String ddl : Schema.STATEMENTS) {
                    s.execute(ddl);
                }
            }
            Schema.addMissingColumns(db);
            return new Journal(db, clock);
        } catch (SQLException | IOException e) {
            throw new JournalException("cannot open the journal in " + stateDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts a run and journals its ops as PENDING, in one transaction. In the same transaction every unfinished
     * run of the same {@code target} (RUNNING or STOPPED: the caller holds the state-dir lock, so no other
     * process is sending them) is retired as SUPERSEDED and its unsent ops with it: the new run planned from a
     * fresh read of the org, and resuming the old one would write an older desired state over it.
     * {@link #supersededBy} lists them.
     */
    public synchronized long startRun(String files, String target, String desiredJson, String planJson, List<Op> ops) {
        return inTransaction(() -> {
            RunInfo newer = rows.insert(files, target, desiredJson, planJson);
            insertOps(newer.id(), ops, 0);
            for (RunInfo old : rows.where("WHERE r.status IN ('RUNNING','STOPPED') AND r.id <> ?", newer.id())) {
                if (old.status().unfinished() && Objects.equals(old.target(), target)) {
                    rows.retire(old, newer);
                }
            }
            return newer.id();
        });
    }

    /** The runs {@code runId} retired when it started (see {@link #startRun}), oldest first. */
    public synchronized List<RunInfo> supersededBy(long runId) {
        List<RunInfo> out = new ArrayList<>(rows.where("WHERE r.superseded_by=?", runId));
        Collections.reverse(out);
        return out;
    }

    /** Appends ops to a run (resume re-plans the rest of a run under new sequence numbers). */
    public synchronized List<JournaledOp> appendOps(long runId, List<Op> ops) {
        return inTransaction(() -> {
            int next;
            try (PreparedStatement ps = db.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM ops WHERE run_id=?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    next = rs.getInt(1);
                }
            }
            insertOps(runId, ops, next);
            List<JournaledOp> all = ops(runId);
            return all.subList(all.size() - ops.size(), all.size());
        });
    }

    private void insertOps(long runId, List<Op> ops, int after) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO ops(run_id, seq, op_json, state, attempts, updated_at) VALUES(?,?,?,?,0,?)")) {
            int seq = after;
            for (Op op : ops) {
                ps.setLong(1, runId);
                ps.setInt(2, ++seq);
                ps.setString(3, toJson(op));
                ps.setString(4, OpState.PENDING.name());
                ps.setString(5, now());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Records that an op is about to be sent. Must be called before the request leaves. */
    public synchronized void markSent(long runId, int seq) {
        update(runId, seq, OpState.SENT, null, null, 0);
    }

    /** @param attempts requests the op took (the governor's retries included) */
    public synchronized void markDone(long runId, int seq, int attempts, String correlationId) {
        update(runId, seq, OpState.DONE, correlationId, null, attempts);
    }

    public synchronized void markFailed(long runId, int seq, int attempts, String correlationId, String error) {
        update(runId, seq, OpState.FAILED, correlationId, error, attempts);
    }

    /** Records that a re-read found the op's work done differently: a newer op carries what is left. */
    public synchronized void markSuperseded(long runId, int seq, int attempts, String correlationId, String reason) {
        update(runId, seq, OpState.SUPERSEDED, correlationId, reason, attempts);
    }

    /** Puts an op back to PENDING: it was never sent, or it certainly was not applied (a 429). */
    public synchronized void markPending(long runId, int seq, int attempts, String error) {
        update(runId, seq, OpState.PENDING, null, error, attempts);
    }

    /** Marks every unfinished op of a run as superseded (resume has re-planned their work). */
    public synchronized int supersedeUnfinished(long runId) {
        try (PreparedStatement ps = db.prepareStatement(
                "UPDATE ops SET state=?, updated_at=? WHERE run_id=? AND state IN ('PENDING','SENT')")) {
            ps.setString(1, OpState.SUPERSEDED.name());
            ps.setString(2, now());
            ps.setLong(3, runId);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("update ops", e);
        }
    }

    private void update(long runId, int seq, OpState state, String correlationId, String error, int attempts) {
        try (PreparedStatement ps = db.prepareStatement("UPDATE ops SET state=?, updated_at=?,"
                + " correlation_id=COALESCE(NULLIF(?, ''), correlation_id), error=?, attempts=attempts+?"
                + " WHERE run_id=? AND seq=?")) {
            ps.setString(1, state.name());
            ps.setString(2, now());
            ps.setString(3, correlationId);
            ps.setString(4, error);
            ps.setInt(5, attempts);
            ps.setLong(6, runId);
            ps.setInt(7, seq);
            if (ps.executeUpdate() != 1) {
                throw new JournalException("no op " + seq + " in run " + runId);
            }
        } catch (SQLException e) {
            throw fail("update op " + seq, e);
        }
    }

    public synchronized List<JournaledOp> ops(long runId) {
        List<JournaledOp> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT seq, op_json, state, attempts, correlation_id, error FROM ops WHERE run_id=? ORDER BY seq")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new JournaledOp(
                            runId,
                            rs.getInt(1),
                            fromJson(rs.getString(2)),
                            OpState.valueOf(rs.getString(3)),
                            rs.getInt(4),
                            rs.getString(5),
                            rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw fail("read ops", e);
        }
        return out;
    }

    /** Ends a run (or records a stop) with its summary. Throws if the lifecycle does not allow it. */
    public synchronized void finishRun(long runId, RunStatus status, String summaryJson) {
        if (status == RunStatus.RUNNING || status == RunStatus.SUPERSEDED) {
            throw new IllegalArgumentException("a run is finished as CONVERGED, FAILED or STOPPED, not " + status);
        }
        inTransaction(() -> {
            rows.transition(runId, rows.status(runId), status, null, 0);
            try (PreparedStatement ps =
                    db.prepareStatement("UPDATE runs SET summary_json=COALESCE(?, summary_json) WHERE id=?")) {
                ps.setString(1, summaryJson);
                ps.setLong(2, runId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Puts a run back to RUNNING for {@code gcsync resume} and counts the resume. Which run may be resumed is
     * {@link ResumeChoice}'s decision; this only refuses what the lifecycle forbids (a retired or converged run).
     */
    public synchronized void reopen(long runId) {
        inTransaction(() -> {
            rows.transition(runId, rows.status(runId), RunStatus.RUNNING, null, 0);
            try (PreparedStatement ps = db.prepareStatement("UPDATE runs SET resumes=resumes+1 WHERE id=?")) {
                ps.setLong(1, runId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Stores a run's named binary document (e.g. gzipped JSON), replacing an older one. */
    public synchronized void putDocumentBytes(long runId, String name, byte[] bytes) {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO documents(run_id, name, json) VALUES(?,?,?)"
                + " ON CONFLICT(run_id, name) DO UPDATE SET json=excluded.json")) {
            ps.setLong(1, runId);
            ps.setString(2, name);
            ps.setBytes(3, bytes);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("store " + name, e);
        }
    }

    public synchronized Optional<byte[]> documentBytes(long runId, String name) {
        try (PreparedStatement ps = db.prepareStatement("SELECT json FROM documents WHERE run_id=? AND name=?")) {
            ps.setLong(1, runId);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("read " + name, e);
        }
    }

    /** One of a run's own JSON columns: "desired" and "plan" (written by {@link #startRun}), "summary" ({@link #finishRun}). */
    public synchronized Optional<String> document(long runId, String name) {
        if (!name.equals("desired") && !name.equals("plan") && !name.equals("summary")) {
            throw new IllegalArgumentException("a run has no column '" + name + "'; named documents are bytes");
        }
        return column(runId, name + "_json");
    }

    private Optional<String> column(long runId, String column) {
        try (PreparedStatement ps = db.prepareStatement("SELECT " + column + " FROM runs WHERE id=?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("read run " + runId, e);
        }
    }

    /** Every run, newest first, with op counts. */
    public synchronized List<RunInfo> runs() {
        return rows.where("", 0);
    }

    public synchronized Optional<RunInfo> run(long runId) {
        return rows.where("WHERE r.id=?", runId).stream().findFirst();
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw fail("close", e);
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try {
            db.setAutoCommit(false);
            try {
                T result = work.run();
                db.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw fail("write", e);
        }
    }

    private String now() {
        return clock.instant().toString();
    }

    private static String toJson(Op op) {
        try {
            return JSON.writerFor(Op.class).writeValueAsString(op);
        } catch (JsonProcessingException e) {
            throw new JournalException("cannot serialize " + op.describe(), e);
        }
    }

    private static Op fromJson(String json) {
        try {
            return JSON.readValue(json, Op.class);
        } catch (JsonProcessingException e) {
            throw new JournalException(
                    "the journal holds an op this version cannot read: " + e.getOriginalMessage(), e);
        }
    }

    static JournalException fail(String what, SQLException e) {
        return new JournalException("journal: cannot " + what + ": " + e.getMessage(), e);
    }
}
