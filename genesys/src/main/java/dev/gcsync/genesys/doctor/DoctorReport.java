package dev.gcsync.genesys.doctor;

import dev.gcsync.genesys.limits.OrgLimitDocs;
import dev.gcsync.genesys.model.OrgLimit;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;

/**
 * What {@link Doctor} found.
 *
 * @param tokenRatePerMinute the org's {@code client.credentials.token.rate.per.minute}, if reported
 * @param maxConcurrency     requests gcsync keeps in flight at most (per token)
 * @param documented         what the limits API documents, as gcsync paces it
 * @param budgetShare        the share of an org's bucket gcsync takes
 * @param tokens             tokens of the client gcsync would use (a pool)
 */
public record DoctorReport(
        URI api,
        URI login,
        List<Check> checks,
        List<OrgLimit> limits,
        OptionalLong tokenRatePerMinute,
        int maxConcurrency,
        OrgLimitDocs documented,
        double budgetShare,
        int tokens) {

    /** One check: its name, the call it made, whether it passed and what it found or what is wrong. */
    public record Check(String name, String call, boolean ok, String detail) {}

    public DoctorReport {
        checks = List.copyOf(checks);
        limits = List.copyOf(limits);
    }

    public boolean ok() {
        return checks.stream().allMatch(Check::ok);
    }

    /** The rate gcsync starts at, per second: the org's token limit, or the conservative start rate. */
    public double startRatePerSecond(double conservativeStart) {
        return tokenRatePerMinute.isPresent() ? tokenRatePerMinute.getAsLong() / 60.0 : conservativeStart;
    }
}
