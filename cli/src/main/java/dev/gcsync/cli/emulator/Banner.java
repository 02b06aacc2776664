package dev.gcsync.cli.emulator;

import dev.gcsync.cli.options.Durations;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.WindowAlign;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.TreeSet;

/** The start banner: where to connect, the demo credentials, and the active policy and faults. */
public final class Banner {
    private Banner() {}

    public static void print(PrintWriter out, Emulator emulator, String profile) {
        EmulatorConfig c = emulator.config();
        RatePolicy p = emulator.admin().policy();
        Faults f = emulator.admin().faults();
        out.println("Genesys Cloud API emulator running (Ctrl-C to stop)");
        out.println("  base URL       " + emulator.baseUrl() + "   (API and OAuth login host)");
        out.println("  client id      " + c.clientId());
        out.println("  client secret  " + c.clientSecret());
        out.println("  admin key      " + c.adminKey() + "   (header X-Admin-Key on /admin/...)");
        out.println("  org            " + c.users() + " users, seed " + c.seed() + ", "
                + emulator.seedStyle().name().toLowerCase(Locale.ROOT));
        out.println("  profile        " + profile);
        out.println("  rate limit     "
                + (p.enabled() ? p.limit() + " requests per token per " + Durations.format(p.window()) : "none")
                + ", Retry-After as "
                + (p.retryAfterDate() ? "HTTP-date" : "seconds") + ", bulk cost "
                + p.bulkCost().name().toLowerCase().replace('_', '-'));
        p.buckets()
                .forEach(b -> out.println("  bucket         " + b.name() + ": " + b.limit() + " per "
                        + Durations.format(b.windowOr(p.window())) + " per "
                        + b.scope().label() + " for " + b.methods() + " "
                        + b.pathPrefix() + "*, windows open at "
                        + (b.align() == WindowAlign.CLOCK ? "clock multiples" : "the first request")
                        + (b.advertised()
                                ? ", advertised in its answers' headers"
                                : ", hidden (the headers describe the token)")
                        + (b.undocumented() ? ", undocumented" : ", documented in limits namespace " + b.namespace())));
        if (p.tokenRequests() > 0) {
            out.println("  token requests " + p.tokenRequests() + " per OAuth client per "
                    + Durations.format(p.tokenWindow()) + " (more get 429)");
        }
        emulator.admin()
                .background()
                .forEach(g -> out.println(
                        "  background     " + g.profile() + " on bucket " + g.bucket() + " as client " + g.client()));
        if (p.bareRefusals()) {
            out.println("  429s           without inin-ratelimit-* headers");
        }
        out.println("  org cap        " + (p.orgLimit() == 0 ? "none" : p.orgLimit() + " per window"));
        out.println("  daily limit    " + (p.dailyLimit() == 0 ? "none" : p.dailyLimit() + " per UTC day"));
        out.println("  token lifetime " + Durations.format(f.tokenLifetime()));
        out.println("  faults         error-rate " + f.errorRate() + ", drop-rate " + f.dropRate() + ", conflict-rate "
                + f.conflictRate() + ", missing-expand-rate " + f.missingExpandRate() + ", member-read-lag "
                + Durations.format(f.memberReadLag()) + ", applied-error-rate " + f.appliedErrorRate()
                + ", latency " + latency(f));
        c.clients()
                .forEach(o -> out.println("  also client   " + o.id() + " / " + o.secret() + " (" + o.name()
                        + ": permissions " + String.join(" ", new TreeSet<>(o.permissions())) + "; divisions "
                        + String.join(", ", new TreeSet<>(o.divisions())) + ")"));
        var q = emulator.admin().quirks();
        out.println("  real-org       clamp-page-size " + q.clampPageSize() + ", version-mismatch-status "
                + q.versionMismatchStatus() + ", skill-conflict-rate " + q.skillConflictRate()
                + ", expanded-page-limit " + (q.expandedPageLimit() == 0 ? "none" : q.expandedPageLimit()));
        out.println("Try:");
        out.println("  curl -u " + c.clientId() + ":" + c.clientSecret() + " -d grant_type=client_credentials "
                + emulator.baseUrl() + "/oauth/token");
        out.println("  curl -H \"Authorization: Bearer <token>\" \"" + emulator.baseUrl()
                + "/api/v2/users?pageSize=500&expand=skills,languages\"");
        out.flush();
    }

    private static String latency(Faults f) {
        var l = f.latency();
        if (l.addsNothing()) {
            return "none";
        }
        return Durations.format(l.fixed()) + " + " + Durations.format(l.min()) + "-"
                + Durations.format(l.max())
                + (l.spikeRate() > 0 ? ", spikes " + Durations.format(l.spike()) + " at " + l.spikeRate() : "");
    }
}
