package dev.gcsync.genesys.doctor;

import dev.gcsync.genesys.model.OrgLimit;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;

/**
 * What {@link Doctor} found.
 *
 * @param tokenRatePerMinute the org's {@code client.credentials.token.rate.per.minute}, if reported
 * @param maxConcurrency     requests gcsync keeps in flight at most
 */
public record DoctorReport(URI api, URI login, List<Check> checks, List<OrgLimit> limits,
                           OptionalLong tokenRatePerMinute, int maxConcurrency) {

    /** One check: its name, the call it made, whether it passed and what it found or what is wrong. */
    public record Check(String name, String call, boolean ok, String detail) {
    }

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
