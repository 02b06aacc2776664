package dev.gcsync.emulator.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gcsync.emulator.Fault;
import dev.gcsync.emulator.http.ApiError;
import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.http.Reply;
import dev.gcsync.emulator.http.Route;
import dev.gcsync.emulator.http.StoreErrors;
import dev.gcsync.emulator.store.Store;
import dev.gcsync.emulator.store.UserProfile;
import dev.gcsync.emulator.store.UserRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Users: listing, cursor query, one user, profile PATCH with version, bulk acdAutoAnswer. */
final class UserRoutes {
    /** 500: assumed maximum page size of GET /api/v2/users (unpublished). */
    static final int MAX_PAGE_SIZE = 500;
    /** 10,000: page-number paging fails beyond this many results. */
    static final int MAX_PAGED_RESULTS = 10_000;
    /** 50: maximum users of PATCH /api/v2/users/bulk. */
    static final int MAX_BULK = 50;

    private static final Set<String> STATES = Set.of("active", "inactive");
    /** The {@code state} values a listing takes (default active). */
    private static final Set<String> LIST_STATES = Set.of("active", "inactive", "deleted", "any");

    static final String USER_VIEW = "directory:user:view";
    static final String USER_EDIT = "directory:user:edit";

    private final RouteContext ctx;

    UserRoutes(RouteContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(
                Route.api("GET", "/api/v2/users", this::list),
                Route.api("GET", "/api/v2/users/query", this::query),
                Route.api("POST", "/api/v2/users/query", this::query),
                Route.api("GET", "/api/v2/users/{userId}", this::get),
                Route.api("PATCH", "/api/v2/users/{userId}", this::patch),
                Route.bulk("PATCH", "/api/v2/users/bulk", this::bulk));
    }

    private Reply list(Call call) {
        Page page = ctx.page(call, MAX_PAGE_SIZE);
        int pageSize = page.size();
        int pageNumber = page.number();
        if ((long) pageNumber * pageSize > MAX_PAGED_RESULTS) {
            throw ApiError.badRequest("Page-number paging is limited to the first " + MAX_PAGED_RESULTS
                    + " results (pageNumber " + pageNumber + " x pageSize " + pageSize
                    + "); use /api/v2/users/query with a cursor.");
        }
        List<String> expand = call.queryList("expand");
        String state = state(call.query("state"));
        boolean descending = descending(call.query("sortOrder"));
        Store.Matching matching =
                ctx.store().matchingUsers(filter(call, state), (pageNumber - 1) * pageSize, pageSize, descending);
        List<Object> entities = render(sized(matching.users(), expand), expand);
        String extra = (expand.isEmpty() ? "" : "&expand=" + String.join(",", expand))
                + (call.query("state") == null ? "" : "&state=" + state)
                + (call.query("sortOrder") == null ? "" : "&sortOrder=" + call.query("sortOrder"));
        return Reply.ok(Listing.classic(entities, pageSize, pageNumber, matching.total(), "/api/v2/users", extra));
    }

    /**
     * Cursor paging; GET with query parameters, or POST with the same fields in a JSON body. It has no
     * division filter, so it needs {@code directory:user:view} in every division (403 otherwise).
     */
    private Reply query(Call call) {
        ctx.access().require(call, USER_VIEW);
        if (!ctx.access().inAllDivisions(call, USER_VIEW)) {
            throw new ApiError(
                    403,
                    "missing.division.permission",
                    "Unable to perform the requested action. You"
                            + " are missing the following permission(s) in all divisions: [" + USER_VIEW + "]");
        }
        String cursor = call.query("cursor");
        int pageSize = Page.size(call, MAX_PAGE_SIZE, ctx.faults().quirks().clampPageSize());
        List<String> expand = call.queryList("expand");
        String state = state(call.query("state"));
        if (call.method().equals("POST") && call.body().length > 0) {
            JsonNode body = ctx.bodies().object(call.body());
            cursor = body.hasNonNull("cursor") ? body.get("cursor").asText() : cursor;
            state = body.hasNonNull("state") ? state(body.get("state").asText()) : state;
            if (body.has("pageSize")) {
                pageSize = body.get("pageSize").asInt();
                if (ctx.faults().quirks().clampPageSize()) {
                    pageSize = Math.min(pageSize, MAX_PAGE_SIZE);
                }
                if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
                    throw ApiError.invalidValue("pageSize", "pageSize must be between 1 and " + MAX_PAGE_SIZE);
                }
            }
            if (body.has("expand")) {
                expand = new ArrayList<>();
                for (JsonNode e : body.get("expand")) {
                    expand.add(e.asText());
                }
            }
        }
        int from = decodeCursor(cursor);
        Store.Scan scan = ctx.store().scanUsers(filter(call, state), from, pageSize);
        List<Object> entities = render(sized(scan.users(), expand), expand);
        String extra = "pageSize=" + pageSize + (expand.isEmpty() ? "" : "&expand=" + String.join(",", expand))
                + ("active".equals(state) ? "" : "&state=" + state);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entities", entities);
        out.put("selfUri", "/api/v2/users/query?" + extra + (cursor == null ? "" : "&cursor=" + cursor));
        if (scan.next() >= 0) {
            String next = encodeCursor(scan.next());
            out.put("nextUri", "/api/v2/users/query?" + extra + "&cursor=" + next);
            out.put("cursor", next);
        }
        return Reply.ok(out);
    }

    /** The users a listing shows: in {@code state} ({@code any}: all), in a division the client may view. */
    private Predicate<UserRecord> filter(Call call, String state) {
        Predicate<String> divisions = ctx.access().visibleDivisions(call, USER_VIEW);
        boolean any = state.equals("any");
        return u -> (any || state.equals(u.state())) && divisions.test(u.divisionId());
    }

    private static String state(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "active";
        }
        if (!LIST_STATES.contains(raw)) {
            throw ApiError.invalidValue(
                    "state", "state must be one of active, inactive, deleted, any; was " + raw + ".");
        }
        return raw;
    }

    /** {@code sortOrder}: ascending (default) or descending, in the org's stable order (the sort key is assumed). */
    private static boolean descending(String raw) {
        if (raw == null || raw.isEmpty() || raw.equalsIgnoreCase("ascending") || raw.equalsIgnoreCase("asc")) {
            return false;
        }
        if (raw.equalsIgnoreCase("descending") || raw.equalsIgnoreCase("desc")) {
            return true;
        }
        throw ApiError.invalidValue("sortOrder", "sortOrder must be ascending or descending; was " + raw + ".");
    }

    /** 400 {@code response.entity.too.large} when an expanded page holds more users than the org quirk allows. */
    private List<UserRecord> sized(List<UserRecord> users, List<String> expand) {
        int limit = ctx.faults().quirks().expandedPageLimit();
        boolean expanded = expand.contains("skills") || expand.contains("languages");
        if (limit > 0 && expanded && users.size() > limit) {
            throw new ApiError(
                    400,
                    "response.entity.too.large",
                    "The response is too large (" + users.size() + " users with " + String.join(",", expand)
                            + "). Reduce pageSize or expand list.");
        }
        return users;
    }

    private Reply get(Call call) {
        UserRecord u = ctx.store().user(call.pathParam("userId"));
        ctx.access().requireIn(call, USER_VIEW, u.divisionId());
        return Reply.ok(render(List.of(u), call.queryList("expand")).get(0));
    }

    private Reply patch(Call call) {
        String id = call.pathParam("userId");
        JsonNode body = ctx.bodies().object(call.body());
        JsonNode version = body.get("version");
        if (version == null || version.isNull()) {
            throw ApiError.invalidValue("version", "version is required: send the user's current version.");
        }
        if (!version.canConvertToInt() || !version.isIntegralNumber()) {
            throw ApiError.invalidValue("version", "version must be an integer.");
        }
        UserProfile profile = profile(body);
        ctx.access().requireIn(call, USER_EDIT, ctx.store().user(id).divisionId());
        if (ctx.faults().concurrentEdit()) {
            ctx.counters().fault(Fault.CONCURRENT_EDIT);
            ctx.store().updateUser(id, u -> u.withVersion(u.version() + 1));
        }
        int expected = version.asInt();
        int mismatch = ctx.faults().quirks().versionMismatchStatus();
        UserRecord updated = ctx.store().updateUser(id, u -> {
            if (u.version() != expected) {
                throw StoreErrors.versionMismatch(
                        mismatch,
                        "The version supplied (" + expected + ") does not match the current version of the user ("
                                + u.version() + ").",
                        id);
            }
            return u.withProfile(profile).withVersion(u.version() + 1);
        });
        ctx.counters().write("PATCH_USER", id);
        return Reply.ok(ctx.views().user(updated, false, false));
    }

    private UserProfile profile(JsonNode body) {
        var b = ctx.bodies();
        String state = b.text(body, "state");
        if (state != null && !STATES.contains(state)) {
            throw ApiError.invalidValue("state", "state must be active or inactive.");
        }
        if (state != null) {
            body.fieldNames().forEachRemaining(f -> {
                if (!f.equals("state") && !f.equals("version")) {
                    throw ApiError.invalidValue(
                            "state",
                            "state must be the only field of a user PATCH (with" + " version); send " + f
                                    + " in another request.");
                }
            });
        }
        String manager = b.text(body, "manager");
        if (manager != null && ctx.store().findUser(manager).isEmpty()) {
            throw ApiError.invalidValue("manager", "manager " + manager + " is not a user of this org.");
        }
        String email = b.text(body, "email");
        if (email != null && !email.contains("@")) {
            throw ApiError.invalidValue("email", "email must be an email address.");
        }
        return new UserProfile(
                b.text(body, "name"),
                email,
                b.text(body, "department"),
                b.text(body, "title"),
                manager,
                state,
                b.bool(body, "acdAutoAnswer"));
    }

    private Reply bulk(Call call) {
        List<JsonNode> items = ctx.bodies().array(call.body(), MAX_BULK);
        Map<String, Boolean> changes = new LinkedHashMap<>();
        for (JsonNode item : items) {
            String id = ctx.bodies().id(item);
            Boolean auto = ctx.bodies().bool(item, "acdAutoAnswer");
            if (auto == null) {
                throw ApiError.invalidValue("acdAutoAnswer", "acdAutoAnswer is required for user " + id + ".");
            }
            ctx.access().requireIn(call, USER_EDIT, ctx.store().user(id).divisionId());
            changes.put(id, auto);
        }
        List<Object> updated = new ArrayList<>();
        changes.forEach((id, auto) -> {
            UserRecord u = ctx.store()
                    .updateUser(id, cur -> cur.withAcdAutoAnswer(auto).withVersion(cur.version() + 1));
            ctx.counters().write("BULK_ACD_AUTO_ANSWER", id);
            updated.add(ctx.views().user(u, false, false));
        });
        return Reply.ok(Listing.whole(updated, "/api/v2/users/bulk"));
    }

    private List<Object> render(List<UserRecord> users, List<String> expand) {
        boolean skills = expand.contains("skills");
        boolean languages = expand.contains("languages");
        List<Object> out = new ArrayList<>(users.size());
        for (UserRecord u : users) {
            boolean omit = (skills || languages) && ctx.faults().omitExpand();
            if (omit) {
                ctx.counters().fault(Fault.MISSING_EXPAND);
            }
            out.add(ctx.views().user(u, skills && !omit, languages && !omit));
        }
        return out;
    }

    private static String encodeCursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decodeCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith("o:")) {
                int offset = Integer.parseInt(raw.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw ApiError.invalidValue("cursor", "The cursor is not valid; start again without a cursor.");
    }
}
