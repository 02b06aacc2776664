package dev.gcsync.emulator;

/**
 * Behaviours a real org shows (seen in Genesys' own provider, CLI and SDK code). By default
 * ({@link #defaults()}) the emulator clamps an oversized page as Genesys does and shows none of the others,
 * which a test or a rehearsal turns on. Immutable and validated; replace at runtime through the admin API.
 *
 * @param clampPageSize         an oversized {@code pageSize} is clamped to the maximum instead of refused (Genesys)
 * @param versionMismatchStatus the status of a stale-version answer: 409 (default), 400 or 408, each with the
 *                              message "does not match the current version" (Genesys answers all three)
 * @param skillConflictRate     fraction of skill and language bulk writes refused with a version mismatch
 *                              (nothing applied; Genesys' provider retries these)
 * @param expandedPageLimit     0 = none; otherwise a user listing with {@code expand} and more than this many
 *                              users in the page is refused 400 {@code response.entity.too.large}
 *                              (the limit is assumed: Genesys sizes it in bytes, unpublished)
 */
public record OrgQuirks(
        boolean clampPageSize, int versionMismatchStatus, double skillConflictRate, int expandedPageLimit) {

    public OrgQuirks {
        if (versionMismatchStatus != 409 && versionMismatchStatus != 400 && versionMismatchStatus != 408) {
            throw new IllegalArgumentException(
                    "versionMismatchStatus must be 409, 400 or 408, was " + versionMismatchStatus);
        }
        Faults.checkRate("skillConflictRate", skillConflictRate);
        if (expandedPageLimit < 0) {
            throw new IllegalArgumentException("expandedPageLimit must be >= 0 (0 = none), was " + expandedPageLimit);
        }
    }

    /** The emulator's default: oversized pages clamped (as Genesys does), 409 on a stale version, no skill
     *  conflicts, no size limit. */
    public static OrgQuirks defaults() {
        return new OrgQuirks(true, 409, 0, 0);
    }

    /** Strict: oversized pages refused with 400 too (a client that asks for more than it may is caught). */
    public static OrgQuirks none() {
        return new OrgQuirks(false, 409, 0, 0);
    }

    public OrgQuirks withClampPageSize(boolean value) {
        return new OrgQuirks(value, versionMismatchStatus, skillConflictRate, expandedPageLimit);
    }

    public OrgQuirks withVersionMismatchStatus(int value) {
        return new OrgQuirks(clampPageSize, value, skillConflictRate, expandedPageLimit);
    }

    public OrgQuirks withSkillConflictRate(double value) {
        return new OrgQuirks(clampPageSize, versionMismatchStatus, value, expandedPageLimit);
    }

    public OrgQuirks withExpandedPageLimit(int value) {
        return new OrgQuirks(clampPageSize, versionMismatchStatus, skillConflictRate, value);
    }
}
