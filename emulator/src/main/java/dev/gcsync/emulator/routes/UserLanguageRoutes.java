package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.http.ApiError;
import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.http.Reply;
import dev.gcsync.emulator.http.Route;
import dev.gcsync.emulator.http.StoreErrors;
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
        ctx.access().requireIn(call, UserRoutes.USER_VIEW, u.divisionId());
        return Reply.ok(ctx.page(call, 500)
                .listing(ctx.views().userLanguages(u), "/api/v2/users/" + u.id() + "/routinglanguages", ""));
    }

    private Reply bulk(Call call) {
        String userId = call.pathParam("userId");
        assign(call, userId);
        List<Assignment> items =
                ctx.bodies().assignments(call.body(), MAX_BULK, "language", ctx.store()::assignableLanguage);
        if (ctx.faults().skillConflict()) {
            throw StoreErrors.versionMismatch(
                    ctx.faults().quirks().versionMismatchStatus(),
                    "The version supplied" + " does not match the current version of the user's routing languages.",
                    userId);
        }
        UserRecord u =
                ctx.store().updateUser(userId, cur -> cur.withLanguages(Assignments.merge(cur.languages(), items)));
        ctx.counters().write("PATCH_LANGUAGES", userId);
        return Reply.ok(Listing.whole(ctx.views().userLanguages(u), "/api/v2/users/" + userId + "/routinglanguages"));
    }

    private Reply deleteOne(Call call) {
        String userId = call.pathParam("userId");
        String languageId = call.pathParam("languageId");
        assign(call, userId);
        ctx.store().updateUser(userId, cur -> {
            if (Assignments.find(cur.languages(), languageId) == null) {
                throw ApiError.notFound("language assignment", languageId);
            }
            return cur.withLanguages(Assignments.without(cur.languages(), languageId));
        });
        ctx.counters().write("DELETE_LANGUAGE", userId + "/" + languageId);
        return Reply.noContent();
    }

    /** 403 unless the client may assign languages in the user's division. */
    private void assign(Call call, String userId) {
        ctx.access()
                .requireIn(
                        call,
                        "routing:language:assign",
                        ctx.store().user(userId).divisionId());
    }
}
