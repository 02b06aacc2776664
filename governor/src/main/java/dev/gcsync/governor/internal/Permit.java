package dev.gcsync.governor.internal;

/** A granted request of one scope; handed back to the scope when the attempt ends. */
public record Permit(long seq, boolean probe) {
    /** For a scope the request took no permit from (a bucket found while the request was out). */
    public static final Permit NONE = new Permit(0, false);
}
