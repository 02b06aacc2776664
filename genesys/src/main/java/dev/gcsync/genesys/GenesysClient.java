package dev.gcsync.genesys;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.gcsync.genesys.internal.ApiRequest;
import dev.gcsync.genesys.internal.HttpTransport;
import dev.gcsync.genesys.internal.Json;
import dev.gcsync.genesys.internal.OAuthTokens;
import dev.gcsync.genesys.internal.Paging;
import dev.gcsync.genesys.internal.PoolMetrics;
import dev.gcsync.genesys.internal.Query;
import dev.gcsync.genesys.internal.RequestChain;
import dev.gcsync.genesys.internal.TokenEndpoint;
import dev.gcsync.genesys.internal.TokenPool;
import dev.gcsync.genesys.internal.UserPager;
import dev.gcsync.genesys.limits.LimitsReader;
import dev.gcsync.genesys.limits.OrgLimitDocs;
import dev.gcsync.genesys.model.AutoAnswer;
import dev.gcsync.genesys.model.CatalogueEntry;
import dev.gcsync.genesys.model.CursorPage;
import dev.gcsync.genesys.model.EntityListing;
import dev.gcsync.genesys.model.IdRef;
import dev.gcsync.genesys.model.LimitDocs;
import dev.gcsync.genesys.model.OrgLimit;
import dev.gcsync.genesys.model.Proficiency;
import dev.gcsync.genesys.model.QueueMember;
import dev.gcsync.genesys.model.UpdateUser;
import dev.gcsync.genesys.model.User;
import dev.gcsync.genesys.model.UserRoutingLanguage;
import dev.gcsync.genesys.model.UserRoutingSkill;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.Governor;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.GovernorMetrics;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.OrgBudget;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * The typed Genesys Cloud client: one method per endpoint gcsync uses. Every call goes through the one
 * request chain (auth → governor → transport) and either returns its typed answer or throws a
 * {@link GenesysException} whose {@code outcome()} says what to do. A write returns a {@link Call}: its answer with
 * the attempts and correlation id of that very call (a failed one's exception carries the same). Thread-safe: share one client (its token
 * pool, a governor per token, one org budget) among every worker thread; concurrency is bounded by the governors.
 */
public final class GenesysClient {
    /** Bulk skills: unpublished, assumed 50 as Genesys' Terraform provider chunks (genesys-api.md). */
    public static final int MAX_SKILLS_PER_BULK = 50;
    /** Bulk languages: 50 (genesys-api.md). */
    public static final int MAX_LANGUAGES_PER_BULK = 50;
    /** {@code PATCH /api/v2/users/bulk}: 50 users (genesys-api.md). */
    static final int MAX_USERS_PER_AUTO_ANSWER = 50;
    /** Queue members and queue wrap-up codes: 100 per call (genesys-api.md). */
    public static final int MAX_IDS_PER_QUEUE_CALL = 100;

    private static final TypeReference<EntityListing<User>> USERS = new TypeReference<>() {};
    private static final TypeReference<CursorPage<User>> USER_CURSOR = new TypeReference<>() {};
    private static final TypeReference<EntityListing<UserRoutingSkill>> SKILLS = new TypeReference<>() {};
    private static final TypeReference<EntityListing<UserRoutingLanguage>> LANGUAGES = new TypeReference<>() {};
    private static final TypeReference<EntityListing<CatalogueEntry>> CATALOGUE = new TypeReference<>() {};
    private static final TypeReference<EntityListing<QueueMember>> MEMBERS = new TypeReference<>() {};
    private static final TypeReference<EntityListing<OrgLimit>> LIMITS = new TypeReference<>() {};
    private static final TypeReference<List<CatalogueEntry>> CODES = new TypeReference<>() {};
    private static final TypeReference<LimitDocs> LIMIT_DOCS = new TypeReference<>() {};

    private final Json json = new Json();
    private final OrgBudget org;
    private final TokenEndpoint tokenEndpoint;
    private final TokenPool pool;
    private final RequestChain chain;
    private volatile OrgLimitDocs limits = OrgLimitDocs.NONE;
    private final double budgetShare;

    /** A client on the real clock, with jitter from {@link ThreadLocalRandom} and no listener. */
    public static GenesysClient connect(ClientSettings settings) {
        return new GenesysClient(
                settings, TimeSource.system(), () -> ThreadLocalRandom.current().nextDouble(), GovernorListener.none());
    }

    /**
     * A client of {@code settings.tokens()} tokens: each with its own governor, all sharing one {@link OrgBudget}
     * and one token endpoint (fetched one at a time, 429s waited out).
     */
    public GenesysClient(ClientSettings settings, TimeSource time, DoubleSupplier random, GovernorListener listener) {
        this(settings, time, random, listener, BudgetStore.local());
    }

    /**
     * The same, with the org's shared buckets counted in {@code store}: shared with the other processes (on
     * any host) that use it.
     */
    public GenesysClient(
            ClientSettings settings,
            TimeSource time,
            DoubleSupplier random,
            GovernorListener listener,
            BudgetStore store) {
        HttpTransport transport = new HttpTransport(HttpTransport.defaultClient(), settings.requestTimeout());
        this.org = new OrgBudget(settings.governor(), store);
        this.budgetShare = settings.governor().budgetShare();
        URI tokenUri = URI.create(settings.loginBase() + "/oauth/token");
        this.tokenEndpoint = new TokenEndpoint(
                () -> transport.send(
                        "POST",
                        tokenUri,
                        tokenHeaders(settings),
                        "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8)),
                settings.clientId(),
                tokenUri.getHost(),
                time,
                json,
                settings.governor().retryAfterCeiling());
        this.pool = new TokenPool(
                settings.tokens(),
                i -> new OAuthTokens(tokenEndpoint, time),
                i -> new Governor(settings.governor(), time, random, new IninRateLimitParser(), listener, org));
        this.chain = new RequestChain(settings.apiBase(), pool, (m, p) -> limits.familyOf(m, p), transport, json);
    }

    private static Map<String, String> tokenHeaders(ClientSettings settings) {
        String basic = Base64.getEncoder()
                .encodeToString(
                        (settings.clientId() + ":" + settings.clientSecret().reveal())
                                .getBytes(StandardCharsets.UTF_8));
        return Map.of(
                "Authorization",
                "Basic " + basic,
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Accept",
                "application/json");
    }

    /** The governor of this client's first token (of a pool: see {@link #metrics()} for all of them). */
    public Governor governor() {
        return pool.lanes().get(0).governor();
    }

    /** The governor of each token of the pool. */
    public List<Governor> governors() {
        return pool.lanes().stream().map(TokenPool.Lane::governor).toList();
    }

    /** Every token's counters and scopes together: sums, and each shared scope once. */
    public GovernorMetrics metrics() {
        return PoolMetrics.merge(governors().stream().map(Governor::metrics).toList());
    }

    /**
     * The requests per second the scope that bound the run allowed: the one that held calls waiting longest (a
     * per-token scope counts once per token of the pool), or the tokens' own limits; 0 when unknown.
     */
    public double boundRate() {
        return PoolMetrics.boundRate(governors().stream().map(Governor::metrics).toList());
    }

    /** The part of every org-wide bucket this client may use ({@code --budget-share}). */
    public double budgetShare() {
        return budgetShare;
    }

    /** Where the org's shared buckets are counted. */
    public BudgetStore budgetStore() {
        return org.store();
    }

    /** Starts every token from what earlier runs learned (see {@link Governor#startFrom}). */
    public void startFrom(List<LearnedLimit> learned) {
        governors().forEach(g -> g.startFrom(learned));
    }

    /** What the tokens learned, one per family (the latest). */
    public List<LearnedLimit> learnedLimits() {
        Map<String, LearnedLimit> latest = new LinkedHashMap<>();
        for (Governor g : governors()) {
            for (LearnedLimit l : g.learnedLimits()) {
                latest.merge(l.family(), l, (a, b) -> b.learnedAt().isAfter(a.learnedAt()) ? b : a);
            }
        }
        return List.copyOf(latest.values());
    }

    /** The documented limits read by {@link #readLimits()} ({@link OrgLimitDocs#NONE} before). */
    public OrgLimitDocs limits() {
        return limits;
    }

    /** Token requests sent to the login host so far, and how many it refused with a 429. */
    public int[] tokenRequests() {
        return new int[] {tokenEndpoint.fetches(), tokenEndpoint.throttled()};
    }

    /** Fetches a token now (to check credentials); later calls reuse it. */
    public void authenticate() {
        pool.lanes().get(0).tokens().current();
    }

    // ---- users

    public EntityListing<User> usersPage(int pageSize, int pageNumber, Set<String> expand) {
        return get(
                Query.path("/api/v2/users")
                        .param("pageSize", pageSize)
                        .param("pageNumber", pageNumber)
                        .param("expand", expand),
                USERS);
    }

    /** One page of the cursor query alone (the sync pages through {@link #forEachUserPage}); for tests. */
    CursorPage<User> usersQueryPage(int pageSize, String cursor, Set<String> expand) {
        return get(
                Query.path("/api/v2/users/query")
                        .param("pageSize", pageSize)
                        .param("cursor", cursor)
                        .param("expand", expand),
                USER_CURSOR);
    }

    /** Every active user, page by page: page numbers when the org has ≤ 10,000 users, else a cursor from the start. */
    public void forEachUserPage(int pageSize, Set<String> expand, Consumer<List<User>> pages) {
        forEachUserPage(pageSize, expand, UserState.ACTIVE, notice -> {}, pages);
    }

    /**
     * Every user in {@code state}, page by page ({@link UserPager}: cursor beyond 10,000 users, page numbers both
     * ways when the cursor query is refused, smaller pages when a page is too large); {@code notices} hears
     * each such change of course, in words for the operator.
     */
    public void forEachUserPage(
            int pageSize, Set<String> expand, UserState state, Consumer<String> notices, Consumer<List<User>> pages) {
        new UserPager(
                        new UserPager.Source() {
                            @Override
                            public EntityListing<User> page(int size, int number, boolean descending) {
                                return get(
                                        Query.path("/api/v2/users")
                                                .param("pageSize", size)
                                                .param("pageNumber", number)
                                                .param("expand", expand)
                                                .param("state", state.param())
                                                .param("sortOrder", descending ? "descending" : null),
                                        USERS);
                            }

                            @Override
                            public CursorPage<User> cursor(int size, String cursor) {
                                return get(
                                        Query.path("/api/v2/users/query")
                                                .param("pageSize", size)
                                                .param("cursor", cursor)
                                                .param("expand", expand)
                                                .param("state", state.param()),
                                        USER_CURSOR);
                            }
                        },
                        notices)
                .forEach(pageSize, pages);
    }

    public List<User> allUsers(int pageSize, Set<String> expand) {
        return Paging.collect(pages -> forEachUserPage(pageSize, expand, pages));
    }

    public User user(String userId, Set<String> expand) {
        return get(Query.path("/api/v2/users/{}", userId).param("expand", expand), new TypeReference<User>() {});
    }

    /** Not idempotent: a stale {@code version} gets {@code CONFLICT}; a 5xx or timeout gets {@code AMBIGUOUS}. */
    public Call<User> patchUser(String userId, UpdateUser update) {
        return send("PATCH", Query.path("/api/v2/users/{}", userId), update, false, new TypeReference<User>() {});
    }

    /**
     * {@code PATCH /api/v2/users/bulk}: sets acdAutoAnswer on up to {@value #MAX_USERS_PER_AUTO_ANSWER} users. No
     * sync writes it; kept for the tests that hold the emulator's bulk endpoint to the client's shape.
     */
    Call<List<User>> setAutoAnswer(List<AutoAnswer> users) {
        requireAtMost(users, MAX_USERS_PER_AUTO_ANSWER, "users per auto-answer call");
        return send("PATCH", Query.path("/api/v2/users/bulk"), users, true, USERS)
                .map(EntityListing::entities);
    }

    // ---- user skills and languages

    public List<UserRoutingSkill> userSkills(String userId) {
        return allByNextUri(Query.path("/api/v2/users/{}/routingskills", userId).param("pageSize", 100), SKILLS);
    }

    /** {@code PUT …/routingskills/bulk}: replaces every assignment (≤ {@value #MAX_SKILLS_PER_BULK}). */
    public Call<List<UserRoutingSkill>> replaceUserSkills(String userId, List<Proficiency> skills) {
        return bulkSkills("PUT", userId, skills);
    }

    /** {@code PATCH …/routingskills/bulk}: adds or updates, keeps the others (≤ {@value #MAX_SKILLS_PER_BULK}). */
    public Call<List<UserRoutingSkill>> updateUserSkills(String userId, List<Proficiency> skills) {
        return bulkSkills("PATCH", userId, skills);
    }

    public List<UserRoutingLanguage> userLanguages(String userId) {
        return allByNextUri(
                Query.path("/api/v2/users/{}/routinglanguages", userId).param("pageSize", 100), LANGUAGES);
    }

    /** {@code PATCH …/routinglanguages/bulk}: adds or updates (≤ {@value #MAX_LANGUAGES_PER_BULK}). */
    public Call<List<UserRoutingLanguage>> updateUserLanguages(String userId, List<Proficiency> languages) {
        requireAtMost(languages, MAX_LANGUAGES_PER_BULK, "languages per bulk call");
        return send("PATCH", Query.path("/api/v2/users/{}/routinglanguages/bulk", userId), languages, true, LANGUAGES)
                .map(EntityListing::entities);
    }

    /** Removes one language; false when it was not assigned (404 counts as done). */
    public Call<Boolean> removeUserLanguage(String userId, String languageId) {
        return delete(Query.path("/api/v2/users/{}/routinglanguages/{}", userId, languageId));
    }

    /** Removes one skill; false when it was not assigned (404 counts as done). */
    public Call<Boolean> removeUserSkill(String userId, String skillId) {
        return delete(Query.path("/api/v2/users/{}/routingskills/{}", userId, skillId));
    }

    // ---- catalogues

    public List<CatalogueEntry> skills() {
        return allByNextUri(Query.path("/api/v2/routing/skills").param("pageSize", 500), CATALOGUE);
    }

    public List<CatalogueEntry> languages() {
        return allByNextUri(Query.path("/api/v2/routing/languages").param("pageSize", 500), CATALOGUE);
    }

    public List<CatalogueEntry> queues(Optional<String> nameFilter) {
        return allByNextUri(
                Query.path("/api/v2/routing/queues").param("pageSize", 500).param("name", nameFilter.orElse(null)),
                CATALOGUE);
    }

    public List<CatalogueEntry> wrapupCodes() {
        return allByNextUri(Query.path("/api/v2/routing/wrapupcodes").param("pageSize", 500), CATALOGUE);
    }

    // ---- queues

    /** Members of a queue; {@code memberBy} {@code user} or {@code group} filters, empty lists both. */
    public List<QueueMember> queueMembers(String queueId, Optional<String> memberBy) {
        return allByNextUri(
                Query.path("/api/v2/routing/queues/{}/members", queueId)
                        .param("pageSize", 100)
                        .param("memberBy", memberBy.orElse(null)),
                MEMBERS);
    }

    /** Adds up to {@value #MAX_IDS_PER_QUEUE_CALL} users to a queue (idempotent). */
    public Call<Void> addQueueMembers(String queueId, List<String> userIds) {
        return changeMembers(queueId, userIds, false);
    }

    /** Removes up to {@value #MAX_IDS_PER_QUEUE_CALL} users from a queue (idempotent). */
    public Call<Void> removeQueueMembers(String queueId, List<String> userIds) {
        return changeMembers(queueId, userIds, true);
    }

    public List<CatalogueEntry> queueWrapupCodes(String queueId) {
        return allByNextUri(
                Query.path("/api/v2/routing/queues/{}/wrapupcodes", queueId).param("pageSize", 100), CATALOGUE);
    }

    /** Adds up to {@value #MAX_IDS_PER_QUEUE_CALL} wrap-up codes to a queue (idempotent). */
    public Call<List<CatalogueEntry>> addQueueWrapupCodes(String queueId, List<String> codeIds) {
        requireAtMost(codeIds, MAX_IDS_PER_QUEUE_CALL, "wrap-up codes per call");
        return send("POST", Query.path("/api/v2/routing/queues/{}/wrapupcodes", queueId), refs(codeIds), true, CODES);
    }

    /** Removes a wrap-up code from a queue; false when it was not there (404 counts as done). */
    public Call<Boolean> removeQueueWrapupCode(String queueId, String codeId) {
        return delete(Query.path("/api/v2/routing/queues/{}/wrapupcodes/{}", queueId, codeId));
    }

    // ---- authorization

    /** The org's divisions ({@code GET /api/v2/authorization/divisions}). */
    public List<CatalogueEntry> divisions() {
        return allByNextUri(Query.path("/api/v2/authorization/divisions").param("pageSize", 500), CATALOGUE);
    }

    /**
     * The divisions where this client holds {@code permission}
     * ({@code GET /api/v2/authorization/divisionspermitted/me}); empty when it lacks the permission.
     */
    public List<CatalogueEntry> divisionsPermitted(String permission) {
        return get(Query.path("/api/v2/authorization/divisionspermitted/me").param("permission", permission), CODES);
    }

    // ---- limits

    /** The org's effective limits of {@code namespace} (e.g. {@code platform.api}); no permission needed. */
    public List<OrgLimit> orgLimits(String namespace) {
        return get(Query.path("/api/v2/organizations/limits/namespaces/{}", namespace), LIMITS)
                .entities();
    }

    /** {@code GET /api/v2/organizations/limits/docs}: Genesys answers a link; the emulator what each limit covers. */
    public LimitDocs limitDocs() {
        return get(Query.path("/api/v2/organizations/limits/docs"), LIMIT_DOCS);
    }

    /**
     * Reads the org's limit namespaces and docs ({@link LimitsReader}) and paces every documented limit from the
     * next request: the per-token rate in each token's governor, a per-org or per-client one in the shared
     * budget (its requests become an endpoint family of their own), the login host's token rate in the token
     * endpoint. Call once before the work starts.
     */
    public OrgLimitDocs readLimits() {
        OrgLimitDocs read = LimitsReader.read(this::orgLimits, () -> limitDocs().entries());
        org.document(read.documented());
        read.tokenRequests().ifPresent(n -> tokenEndpoint.documentRate(n, read.tokenWindow()));
        limits = read;
        return read;
    }

    // ---- plumbing

    private Call<List<UserRoutingSkill>> bulkSkills(String method, String userId, List<Proficiency> skills) {
        requireAtMost(skills, MAX_SKILLS_PER_BULK, "skills per bulk call");
        return send(method, Query.path("/api/v2/users/{}/routingskills/bulk", userId), skills, true, SKILLS)
                .map(EntityListing::entities);
    }

    private Call<Void> changeMembers(String queueId, List<String> userIds, boolean delete) {
        requireAtMost(userIds, MAX_IDS_PER_QUEUE_CALL, "users per queue-member call");
        return chain.execute(new ApiRequest(
                        "POST",
                        Query.path("/api/v2/routing/queues/{}/members", queueId)
                                .param("delete", delete)
                                .toString(),
                        json.write(refs(userIds)),
                        true))
                .map(body -> null);
    }

    private Call<Boolean> delete(Query path) {
        try {
            return chain.execute(new ApiRequest("DELETE", path.toString(), null, true))
                    .map(body -> true);
        } catch (GenesysException e) {
            if (e.status() == 404) {
                return new Call<>(false, e.attempts(), e.correlationId().orElse(""));
            }
            throw e;
        }
    }

    private <T> List<T> allByNextUri(Query first, TypeReference<EntityListing<T>> type) {
        return Paging.collect(pages -> Paging.followNextUri(first.toString(), path -> get(path, type), pages));
    }

    private <T> T get(Object pathAndQuery, TypeReference<T> type) {
        return json.read(
                chain.execute(new ApiRequest("GET", pathAndQuery.toString(), null, true))
                        .value(),
                type);
    }

    private <T> Call<T> send(String method, Query path, Object body, boolean idempotent, TypeReference<T> type) {
        return chain.execute(new ApiRequest(method, path.toString(), json.write(body), idempotent))
                .map(answer -> json.read(answer, type));
    }

    private static List<IdRef> refs(List<String> ids) {
        return ids.stream().map(IdRef::of).toList();
    }

    private static void requireAtMost(List<?> items, int max, String what) {
        if (items.isEmpty() || items.size() > max) {
            throw new IllegalArgumentException("between 1 and " + max + " " + what + ", got " + items.size());
        }
    }
}
