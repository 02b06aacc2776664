package dev.gcsync.emulator.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gcsync.emulator.Fault;
import dev.gcsync.emulator.http.ApiError;
import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.http.Reply;
import dev.gcsync.emulator.http.Route;
import dev.gcsync.emulator.store.StoreException;
import dev.gcsync.emulator.store.UserProfile;
import dev.gcsync.emulator.store.UserRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Users: listing, cursor query, one user, profile PATCH with version, bulk acdAutoAnswer. */
final class UserRoutes {
    /** 500: assumed maximum page size of GET /api/v2/users (unpublished). */
    static final int MAX_PAGE_SIZE = 500;
    /** 10,000: page-number paging fails beyond this many results. */
    static final int MAX_PAGED_RESULTS = 10_000;
    /** 50: maximum users of PATCH /api/v2/users/bulk. */
    static final int MAX_BULK = 50;
    private static final Set<String> STATES = Set.of("active", "inactive");

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
        Page page = Page.of(call, MAX_PAGE_SIZE);
        int pageSize = page.size();
        int pageNumber = page.number();
        if ((long) pageNumber * pageSize > MAX_PAGED_RESULTS) {
            throw ApiError.badRequest("Page-number paging is limited to the first " + MAX_PAGED_RESULTS
                    + " results (pageNumber " + pageNumber + " x pageSize " + pageSize
                    + "); use /api/v2/users/query with a cursor.");
        }
        List<String> expand = call.queryList("expand");
        List<Object> entities = render(ctx.store().users((pageNumber - 1) * pageSize, pageSize), expand);
        String extra = expand.isEmpty() ? "" : "&expand=" + String.join(",", expand);
        return Reply.ok(Listing.classic(entities, pageSize, pageNumber, ctx.store().userCount(), "/api/v2/users",
                extra));
    }

    /** Cursor paging; GET with query parameters, or POST with the same fields in a JSON body. */
    private Reply query(Call call) {
        String cursor = call.query("cursor");
        int pageSize = call.intQuery("pageSize", 25, 1, MAX_PAGE_SIZE);
        List<String> expand = call.queryList("expand");
        if (call.method().equals("POST") && call.body().length > 0) {
            JsonNode body = ctx.bodies().object(call.body());
            cursor = body.hasNonNull("cursor") ? body.get("cursor").asText() : cursor;
            if (body.has("pageSize")) {
                pageSize = body.get("pageSize").asInt();
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
        int total = ctx.store().userCount();
        List<Object> entities = render(ctx.store().users(from, pageSize), expand);
        String extra = "pageSize=" + pageSize + (expand.isEmpty() ? "" : "&expand=" + String.join(",", expand));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entities", entities);
        out.put("selfUri", "/api/v2/users/query?" + extra + (cursor == null ? "" : "&cursor=" + cursor));
        if (from + pageSize < total) {
            String next = encodeCursor(from + pageSize);
            out.put("nextUri", "/api/v2/users/query?" + extra + "&cursor=" + next);
            out.put("cursor", next);
        }
        return Reply.ok(out);
    }

    private Reply get(Call call) {
        UserRecord u = ctx.store().user(call.pathParam("userId"));
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
        ctx.store().user(id);
        if (ctx.faults().concurrentEdit()) {
            ctx.counters().fault(Fault.CONCURRENT_EDIT);
            ctx.store().updateUser(id, u -> u.withVersion(u.version() + 1));
        }
        int expected = version.asInt();
        UserRecord updated = ctx.store().updateUser(id, u -> {
            if (u.version() != expected) {
                throw new StoreException(StoreException.Kind.VERSION_CONFLICT, id, "The version supplied ("
                        + expected + ") does not match the current version of the user (" + u.version() + ").");
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
        String manager = b.text(body, "manager");
        if (manager != null && ctx.store().findUser(manager).isEmpty()) {
            throw ApiError.invalidValue("manager", "manager " + manager + " is not a user of this org.");
        }
        String email = b.text(body, "email");
        if (email != null && !email.contains("@")) {
            throw ApiError.invalidValue("email", "email must be an email address.");
        }
        return new UserProfile(b.text(body, "name"), email, b.text(body, "department"), b.text(body, "title"),
                manager, state, b.bool(body, "acdAutoAnswer"));
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
            ctx.store().user(id);
            changes.put(id, auto);
        }
        List<Object> updated = new ArrayList<>();
        changes.forEach((id, auto) -> {
            UserRecord u = ctx.store().updateUser(id,
                    cur -> cur.withAcdAutoAnswer(auto).withVersion(cur.version() + 1));
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
