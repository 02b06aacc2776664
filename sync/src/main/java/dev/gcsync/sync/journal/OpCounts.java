package dev.gcsync.sync.journal;

import java.util.List;

/**
 * How a run's ops are counted, everywhere: the console, summary.json, report.html and {@code gcsync runs}.
 * Ops a newer op replaced ({@link OpState#SUPERSEDED}: re-planned by resume or after a 409) are not counted
 * again; an op SENT without an answer (the process died) is pending. So {@code planned = done + failed +
 * pending} always holds.
 *
 * @param replaced ops re-planned under newer ones (shown apart, so a resumed run's figures add up)
 */
public record OpCounts(int planned, int done, int failed, int pending, int replaced) {

    /** The same counts as SQL aggregates over table {@code ops} aliased {@code o}, in component order. */
    static final String SQL = "SUM(CASE WHEN o.state IN ('PENDING','SENT','DONE','FAILED') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN o.state='DONE' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN o.state='FAILED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN o.state IN ('PENDING','SENT') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN o.state='SUPERSEDED' THEN 1 ELSE 0 END)";

    public OpCounts {
        if (planned != done + failed + pending) {
            throw new IllegalArgumentException(
                    "planned " + planned + " ≠ done " + done + " + failed " + failed + " + pending " + pending);
        }
    }

    public static OpCounts of(List<JournaledOp> ops) {
        int done = 0;
        int failed = 0;
        int pending = 0;
        int replaced = 0;
        for (JournaledOp op : ops) {
            switch (op.state()) {
                case DONE -> done++;
                case FAILED -> failed++;
                case PENDING, SENT -> pending++;
                case SUPERSEDED -> replaced++;
            }
        }
        return new OpCounts(done + failed + pending, done, failed, pending, replaced);
    }
}
