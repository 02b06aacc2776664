package dev.gcsync.genesys.limits;

import dev.gcsync.genesys.EndpointFamily;
import dev.gcsync.genesys.model.OrgLimit;
import dev.gcsync.governor.DocumentedLimit;
import dev.gcsync.governor.ScopeKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an org's limits API documents, as gcsync uses it.
 *
 * @param rules              the rate limits whose requests are known (key and what it covers), paced from the
 *                           first request
 * @param tokenRatePerMinute {@code client.credentials.token.rate.per.minute}: the per-token limit
 * @param tokenRequests      the login host's token requests per window for this client, if documented
 * @param tokenWindow        that window
 * @param entries            every entry read from the namespaces
 * @param notMapped          rate limits documented without what they cover: not paced (named for the operator)
 */
public record OrgLimitDocs(
        List<LimitRule> rules,
        OptionalLong tokenRatePerMinute,
        OptionalLong tokenRequests,
        Duration tokenWindow,
        List<OrgLimit> entries,
        List<String> notMapped) {
    public static final OrgLimitDocs NONE = new OrgLimitDocs(
            List.of(), OptionalLong.empty(), OptionalLong.empty(), Duration.ofMinutes(1), List.of(), List.of());

    public OrgLimitDocs {
        rules = List.copyOf(rules);
        entries = List.copyOf(entries);
        notMapped = List.copyOf(notMapped);
    }

    /** The family of a request: the first documented limit that counts it, else {@link EndpointFamily#of}. */
    public String familyOf(String method, String pathAndQuery) {
        for (LimitRule r : rules) {
            if (r.matches(method, pathAndQuery)) {
                return r.family();
            }
        }
        return EndpointFamily.of(method, pathAndQuery);
    }

    /** For the governor: every rule, and the per-token rate. */
    public List<DocumentedLimit> documented() {
        List<DocumentedLimit> out = new ArrayList<>();
        tokenRatePerMinute.ifPresent(v -> out.add(new DocumentedLimit(
                Optional.empty(),
                ScopeKind.TOKEN,
                (int) v,
                Duration.ofMinutes(1),
                "platform.api: client.credentials.token.rate.per.minute")));
        rules.forEach(r -> out.add(r.documented()));
        return out;
    }
}
