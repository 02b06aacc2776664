package dev.gcsync.governor.internal;

import java.util.List;

/** The scopes one attempt took permits from, and those permits (same order). Immutable. */
public record Lease(List<Scope> scopes, List<Permit> permits) {
    public Lease {
        scopes = List.copyOf(scopes);
        permits = List.copyOf(permits);
    }

    /** The permit taken from {@code scope}, or {@link Permit#NONE} when the attempt took none there. */
    public Permit permitOf(Scope scope) {
        int i = scopes.indexOf(scope);
        return i < 0 ? Permit.NONE : permits.get(i);
    }

    /** The attempt ended without an answer: every permit goes back. */
    public void noAnswer(long now) {
        for (int i = 0; i < scopes.size(); i++) {
            scopes.get(i).onNoAnswer(permits.get(i), now);
        }
    }
}
