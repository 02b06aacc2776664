package dev.gcsync.cli.emulator;

import dev.gcsync.emulator.OrgQuirks;
import picocli.CommandLine.Option;

/** {@code gcsync emulator} options for real-org behaviours: on or off beside the defaults. */
public final class QuirkOptions {
    @Option(
            names = "--refuse-oversized-pages",
            description = "Refuse an oversized pageSize with 400 instead of"
                    + " clamping it to the maximum as Genesys does (the default).")
    boolean refuseOversizedPages;

    @Option(
            names = "--version-mismatch-status",
            paramLabel = "409|400|408",
            description = "Status of a stale-version answer (default 409; Genesys also answers 400 and 408).")
    int versionMismatchStatus = 409;

    @Option(
            names = "--skill-conflict-rate",
            paramLabel = "R",
            description = "Fraction of skill and language bulk writes refused with a version mismatch (default 0).")
    double skillConflictRate;

    @Option(
            names = "--expanded-page-limit",
            paramLabel = "N",
            description = "Refuse user pages with expand holding more than N users: 400 response.entity.too.large"
                    + " (default 0 = none).")
    int expandedPageLimit;

    @Option(
            names = "--restricted-client",
            description = "Also accept the OAuth client gcsync-restricted"
                    + " (secret gcsync-restricted-secret): no routing:skill:assign, divisions Home and EMEA only.")
    public boolean restrictedClient;

    /** The quirks these options ask for; throws IllegalArgumentException naming a broken rule. */
    public OrgQuirks quirks() {
        return new OrgQuirks(!refuseOversizedPages, versionMismatchStatus, skillConflictRate, expandedPageLimit);
    }
}
