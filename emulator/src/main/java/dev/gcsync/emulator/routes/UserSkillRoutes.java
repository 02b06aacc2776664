package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.http.ApiError;
import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.http.Reply;
import dev.gcsync.emulator.http.Route;
import dev.gcsync.emulator.http.StoreErrors;
import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.UserRecord;
import java.util.List;

/** A user's routing skills: paged GET, bulk PUT (replace all) and PATCH (add/update), single POST/PUT/DELETE. */
final class UserSkillRoutes {
    /** 50: assumed bulk maximum (Genesys' Terraform provider chunks skills at 50). */
    static final int MAX_BULK = 50;

    static final String ASSIGN = "routing:skill:assign";
    private static final String BASE = "/api/v2/users/{userId}/routingskills";

    private final RouteContext ctx;

    UserSkillRoutes(RouteContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(
                Route.api("GET", BASE, this::list),
                Route.api("POST", BASE, this::addOne),
                Route.bulk("PUT", BASE + "/bulk", call -> bulk(call, true)),
                Route.bulk("PATCH", BASE + "/bulk", call -> bulk(call, false)),
                Route.api("PUT", BASE + "/{skillId}", this::putOne),
                Route.api("DELETE", BASE + "/{skillId}", this::deleteOne));
    }

    private Reply list(Call call) {
        UserRecord u = ctx.store().user(call.pathParam("userId"));
        ctx.access().requireIn(call, UserRoutes.USER_VIEW, u.divisionId());
        return Reply.ok(ctx.page(call, 500)
                .listing(ctx.views().userSkills(u), "/api/v2/users/" + u.id() + "/routingskills", ""));
    }

    private Reply bulk(Call call, boolean replace) {
        String userId = call.pathParam("userId");
        assign(call, userId);
        List<Assignment> items = ctx.bodies().assignments(call.body(), MAX_BULK, "skill", ctx.store()::assignableSkill);
        if (ctx.faults().skillConflict()) {
            throw StoreErrors.versionMismatch(
                    ctx.faults().quirks().versionMismatchStatus(),
                    "The version supplied" + " does not match the current version of the user's routing skills.",
                    userId);
        }
        UserRecord u = ctx.store()
                .updateUser(userId, cur -> cur.withSkills(replace ? items : Assignments.merge(cur.skills(), items)));
        ctx.counters().write(replace ? "PUT_SKILLS" : "PATCH_SKILLS", userId);
        return Reply.ok(Listing.whole(ctx.views().userSkills(u), "/api/v2/users/" + userId + "/routingskills"));
    }

    private Reply addOne(Call call) {
        String userId = call.pathParam("userId");
        assign(call, userId);
        Assignment a = ctx.bodies().assignment(ctx.bodies().object(call.body()), "skill", ctx.store()::assignableSkill);
        return Reply.ok(save(userId, a, "ADD_SKILL"));
    }

    private Reply putOne(Call call) {
        String userId = call.pathParam("userId");
        String skillId = call.pathParam("skillId");
        assign(call, userId);
        if (!ctx.store().assignableSkill(skillId)) {
            throw ApiError.notFound("skill", skillId);
        }
        double proficiency = ctx.bodies().proficiency(ctx.bodies().object(call.body()));
        return Reply.ok(save(userId, new Assignment(skillId, proficiency), "PUT_SKILL"));
    }

    private Reply deleteOne(Call call) {
        String userId = call.pathParam("userId");
        String skillId = call.pathParam("skillId");
        assign(call, userId);
        ctx.store().updateUser(userId, cur -> {
            if (Assignments.find(cur.skills(), skillId) == null) {
                throw ApiError.notFound("skill assignment", skillId);
            }
            return cur.withSkills(Assignments.without(cur.skills(), skillId));
        });
        ctx.counters().write("DELETE_SKILL", userId + "/" + skillId);
        return Reply.noContent();
    }

    /** 403 unless the client may assign skills in the user's division. */
    private void assign(Call call, String userId) {
        ctx.access().requireIn(call, ASSIGN, ctx.store().user(userId).divisionId());
    }

    private Object save(String userId, Assignment a, String op) {
        ctx.store().updateUser(userId, cur -> cur.withSkills(Assignments.merge(cur.skills(), List.of(a))));
        ctx.counters().write(op, userId + "/" + a.id());
        return ctx.views().userSkill(userId, a);
    }
}
