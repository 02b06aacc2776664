package dev.gcsync.genesys.limits;

import dev.gcsync.genesys.GenesysException;
import dev.gcsync.genesys.model.LimitDoc;
import dev.gcsync.genesys.model.OrgLimit;
import dev.gcsync.governor.ScopeKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the org's limit namespaces ({@code GET /api/v2/organizations/limits/namespaces/{name}}: {@code
 * platform.api}, {@code auth.api}, {@code routing}, {@code users}, {@code directory}, and any namespace the docs
 * name) and {@code /limits/docs}, and keeps what can be paced.
 *
 * <p>A rate limit's key says its scope and window: {@code <name>.<token|client|org>.rate.per.<N>s} (or
 * {@code .minute}). Genesys' keys for its 2026 per-organisation limits are unpublished: this is the form the
 * emulator documents (docs/emulator.md). Which requests a limit counts comes from {@code /limits/docs}; one
 * that says nothing of it is reported but not paced (gcsync cannot tell which requests to slow). A namespace
 * that does not exist (404) or may not be read is skipped. Docs whose entries carry their values (the
 * emulator's) are read alone: one request.
 */
public final class LimitsReader {
    static final List<String> NAMESPACES = List.of("platform.api", "auth.api", "routing", "users", "directory");
    public static final String TOKEN_RATE_KEY = "client.credentials.token.rate.per.minute";
    private static final Pattern RATE_KEY =
            Pattern.compile("^(?<name>.+)\\.(?<scope>token|client|org)\\.rate\\.per\\.(?:(?<seconds>[0-9]+)s|minute)$");

    private LimitsReader() {}

    /** Reads through {@code namespace} (one namespace's entries) and {@code docs} (the docs' entries). */
    public static OrgLimitDocs read(Function<String, List<OrgLimit>> namespace, Supplier<List<LimitDoc>> docs) {
        List<LimitDoc> details = quietly(docs).orElse(List.of());
        if (!details.isEmpty() && details.stream().allMatch(d -> d.key() != null && d.value() != null)) {
            // the docs carry the values too: one request instead of one per namespace
            return of(
                    details.stream()
                            .map(d -> new OrgLimit(d.key(), d.namespace(), d.value()))
                            .toList(),
                    details);
        }
        Set<String> names = new LinkedHashSet<>(NAMESPACES);
        details.stream()
                .map(LimitDoc::namespace)
                .filter(n -> n != null && !n.isBlank())
                .forEach(names::add);
        List<OrgLimit> entries = new ArrayList<>();
        for (String n : names) {
            quietly(() -> namespace.apply(n)).ifPresent(entries::addAll);
        }
        return of(entries, details);
    }

    /** What {@code entries} (from the namespaces) and {@code details} (from the docs) document. Pure. */
    public static OrgLimitDocs of(List<OrgLimit> entries, List<LimitDoc> details) {
        Map<String, LimitDoc> byKey = details.stream()
                .filter(d -> d.key() != null)
                .collect(Collectors.toMap(LimitDoc::key, d -> d, (a, b) -> a));
        List<LimitRule> rules = new ArrayList<>();
        List<String> notMapped = new ArrayList<>();
        OptionalLong tokenRate = OptionalLong.empty();
        OptionalLong tokenRequests = OptionalLong.empty();
        Duration tokenWindow = Duration.ofMinutes(1);
        for (OrgLimit e : entries) {
            if (TOKEN_RATE_KEY.equals(e.key()) && e.value() > 0) {
                tokenRate = OptionalLong.of(e.value());
                continue;
            }
            Matcher m = RATE_KEY.matcher(e.key() == null ? "" : e.key());
            if (!m.matches() || e.value() <= 0) {
                continue;
            }
            Duration window = m.group("seconds") != null
                    ? Duration.ofSeconds(Long.parseLong(m.group("seconds")))
                    : Duration.ofMinutes(1);
            LimitDoc doc = byKey.get(e.key());
            if ("auth.api".equals(e.namespace()) || doc != null && "/oauth/token".equals(doc.pathPrefix())) {
                tokenRequests = OptionalLong.of(e.value());
                tokenWindow = window;
                continue;
            }
            if (window.isZero()
                    || doc == null
                    || doc.pathPrefix() == null
                    || doc.pathPrefix().isBlank()) {
                notMapped.add(e.namespace() + ": " + e.key() + " = " + e.value());
                continue;
            }
            ScopeKind kind = ScopeKind.valueOf(m.group("scope").toUpperCase(Locale.ROOT));
            List<String> methods = doc.methods() == null || doc.methods().isEmpty() ? List.of("*") : doc.methods();
            rules.add(new LimitRule(
                    m.group("name"),
                    e.key(),
                    e.namespace(),
                    kind,
                    (int) Math.min(Integer.MAX_VALUE, e.value()),
                    window,
                    Set.copyOf(methods),
                    List.of(doc.pathPrefix().split("\\|"))));
        }
        return new OrgLimitDocs(rules, tokenRate, tokenRequests, tokenWindow, entries, notMapped);
    }

    private static <T> Optional<T> quietly(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (GenesysException e) {
            if (e.status() == 404 || e.status() == 403 || e.status() == 400) {
                return Optional.empty(); // a namespace this org does not have, or may not show
            }
            throw e;
        }
    }
}
