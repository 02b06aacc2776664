package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.http.ApiError;
import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.http.Reply;
import dev.gcsync.emulator.http.Route;
import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.UserRecord;
import java.util.List;

/** A user's routing languages: paged GET, bulk PATCH (add/update, at most 50), DELETE one. */
final class UserLanguageRoutes {
    /** 50: the documented maximum of PATCH …/routinglanguages/bulk. */
    static final int MAX_BULK = 50;
    private static final String BASE = "/api/v2/users/{userId}/routinglanguages";

    private final RouteContext ctx;

    UserLanguageRoutes(RouteContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(
                Route.api("GET", BASE, this::list),
                Route.bulk("PATCH", BASE + "/bulk", this::bulk),
                Route.api("DELETE", BASE + "/{languageId}", this::deleteOne));
    }

    private Reply list(Call call) {
        UserRecord u = ctx.store().user(call.pathParam("userId"));
        return Reply.ok(Page.of(call, 500).listing(ctx.views().userLanguages(u),
                "/api/v2/users/" + u.id() + "/routinglanguages", ""));
    }

    private Reply bulk(Call call) {
        String userId = call.pathParam("userId");
        ctx.store().user(userId);
        List<Assignment> items = ctx.bodies().assignments(call.body(), MAX_BULK, "language",
                id -> ctx.store().language(id).isPresent());
        UserRecord u = ctx.store().updateUser(userId,
                cur -> cur.withLanguages(Assignments.merge(cur.languages(), items)));
        ctx.counters().write("PATCH_LANGUAGES", userId);
        return Reply.ok(Listing.whole(ctx.views().userLanguages(u), "/api/v2/users/" + userId + "/routinglanguages"));
    }

    private Reply deleteOne(Call call) {
        String userId = call.pathParam("userId");
        String languageId = call.pathParam("languageId");
        ctx.store().updateUser(userId, cur -> {
            if (Assignments.find(cur.languages(), languageId) == null) {
                throw ApiError.notFound("language assignment", languageId);
            }
            return cur.withLanguages(Assignments.without(cur.languages(), languageId));
        });
        ctx.counters().write("DELETE_LANGUAGE", userId + "/" + languageId);
        return Reply.noContent();
    }
}
