package dev.gcsync.emulator;

/** What a bulk call costs against the rate limits (Genesys does not publish it; assumed {@link #ONE}). */
public enum BulkCost {
    /** A bulk call counts as one request. */
    ONE,
    /** A bulk call counts one per item in its body. */
    PER_ITEM
}
