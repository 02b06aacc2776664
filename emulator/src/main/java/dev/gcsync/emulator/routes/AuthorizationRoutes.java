package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.http.ApiError;
import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.http.Reply;
import dev.gcsync.emulator.http.Route;
import dev.gcsync.emulator.store.Entity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a client learns what it may do: the org's divisions, and the divisions where the calling client holds
 * a permission ({@code GET /api/v2/authorization/divisionspermitted/me?permission=...}, an array of divisions;
 * empty when the permission is missing). Neither needs a permission (assumed).
 */
final class AuthorizationRoutes {
    private final RouteContext ctx;

    AuthorizationRoutes(RouteContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(
                Route.api("GET", "/api/v2/authorization/divisions", this::divisions),
                Route.api("GET", "/api/v2/authorization/divisionspermitted/me", this::permitted));
    }

    private Reply divisions(Call call) {
        List<Object> all = ctx.store().divisions().stream().map(this::division).toList();
        return Reply.ok(ctx.page(call, 500).listing(all, "/api/v2/authorization/divisions", ""));
    }

    private Reply permitted(Call call) {
        String permission = call.query("permission");
        if (permission == null || permission.isBlank()) {
            throw ApiError.invalidValue("permission", "permission is required, e.g. routing:skill:assign.");
        }
        return Reply.ok(ctx.access().divisionsPermitted(call, permission).stream()
                .map(this::division)
                .toList());
    }

    private Object division(Entity d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id());
        out.put("name", d.name());
        out.put("description", "");
        out.put("homeDivision", d.id().equals(ctx.store().divisions().get(0).id()));
        out.put("selfUri", "/api/v2/authorization/divisions/" + d.id());
        return out;
    }
}
