package dev.gcsync.emulator.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.OrgQuirks;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.admin.Admin;
import dev.gcsync.emulator.background.BackgroundSpec;
import dev.gcsync.emulator.http.ApiError;
import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.http.Json;
import dev.gcsync.emulator.http.Reply;
import dev.gcsync.emulator.http.Route;
import dev.gcsync.emulator.store.StateSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The {@code /admin} routes (X-Admin-Key guarded): counters, policy, faults, background, state, routes. */
final class AdminRoutes {
    private final Admin admin;
    private final Json json;
    private final Supplier<List<Route>> allRoutes;

    AdminRoutes(Admin admin, Json json, Supplier<List<Route>> allRoutes) {
        this.admin = admin;
        this.json = json;
        this.allRoutes = allRoutes;
    }

    List<Route> routes() {
        return List.of(
                Route.admin("GET", "/admin/counters", call -> Reply.ok(admin.counters())),
                Route.admin("POST", "/admin/counters/reset", call -> {
                    admin.resetCounters();
                    return Reply.noContent();
                }),
                Route.admin("POST", "/admin/reset", call -> {
                    admin.reset();
                    return Reply.noContent();
                }),
                Route.admin("GET", "/admin/policy", call -> Reply.ok(admin.policy())),
                Route.admin("PUT", "/admin/policy", call -> {
                    admin.setPolicy(merge(admin.policy(), call, RatePolicy.class));
                    return Reply.ok(admin.policy());
                }),
                Route.admin("GET", "/admin/faults", call -> Reply.ok(admin.faults())),
                Route.admin("PUT", "/admin/faults", call -> {
                    admin.setFaults(merge(admin.faults(), call, Faults.class));
                    return Reply.ok(admin.faults());
                }),
                Route.admin("GET", "/admin/quirks", call -> Reply.ok(admin.quirks())),
                Route.admin("PUT", "/admin/quirks", call -> {
                    admin.setQuirks(merge(admin.quirks(), call, OrgQuirks.class));
                    return Reply.ok(admin.quirks());
                }),
                Route.admin("GET", "/admin/background", call -> Reply.ok(admin.background())),
                Route.admin("PUT", "/admin/background", this::setBackground),
                Route.admin("GET", "/admin/state", call -> Reply.ok(admin.exportState())),
                Route.admin("PUT", "/admin/state", this::importState),
                Route.admin("POST", "/admin/tokens/revoke", call -> {
                    admin.revokeTokens();
                    return Reply.noContent();
                }),
                Route.admin(
                        "POST",
                        "/admin/users/{userId}/bump-version",
                        call -> Reply.ok(admin.bumpVersion(call.pathParam("userId")))),
                Route.admin("PUT", "/admin/users/{userId}/state", this::setUserState),
                Route.admin(
                        "GET",
                        "/admin/routes",
                        call -> Reply.ok(allRoutes.get().stream()
                                .map(Route::key)
                                .sorted()
                                .toList())));
    }

    private Reply setUserState(Call call) {
        JsonNode body = json.tree(call.body());
        String state = body.path("state").asText("");
        try {
            return Reply.ok(admin.setUserState(call.pathParam("userId"), state));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private Reply setBackground(Call call) {
        JsonNode body = json.tree(call.body());
        if (!body.isArray()) {
            throw ApiError.badRequest("The request body must be a JSON array of {\"bucket\",\"client\",\"profile\"}.");
        }
        List<BackgroundSpec> specs = new ArrayList<>();
        body.forEach(node -> specs.add(convert(node, BackgroundSpec.class)));
        try {
            admin.setBackground(specs);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        return Reply.ok(admin.background());
    }

    private Reply importState(Call call) {
        StateSnapshot state = convert(json.tree(call.body()), StateSnapshot.class);
        try {
            admin.importState(state);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("State not imported: " + e.getMessage());
        }
        return Reply.noContent();
    }

    /** The current value with the fields of the body laid over it (a partial PUT), validated. */
    private <T> T merge(T current, Call call, Class<T> type) {
        JsonNode body = json.tree(call.body());
        if (!body.isObject()) {
            throw ApiError.badRequest("The request body must be a JSON object.");
        }
        ObjectNode merged = json.mapper().valueToTree(current);
        merged.setAll((ObjectNode) body);
        return convert(merged, type);
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        try {
            return json.mapper().treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String message = cause instanceof JsonProcessingException jp ? jp.getOriginalMessage() : cause.getMessage();
            throw ApiError.badRequest("Invalid " + type.getSimpleName() + ": " + message);
        }
    }
}
