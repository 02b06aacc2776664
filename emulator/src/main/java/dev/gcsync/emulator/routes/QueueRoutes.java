package dev.gcsync.emulator.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gcsync.emulator.http.ApiError;
import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.http.Reply;
import dev.gcsync.emulator.http.Route;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.QueueMember;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Queue members (paged ≤ 100, bulk add/remove ≤ 100) and queue wrap-up codes (add ≤ 100, delete one). */
final class QueueRoutes {
    /** 100: maximum page size of a member listing and maximum members per POST. */
    static final int MAX_MEMBERS = 100;
    /** 100: maximum wrap-up codes per POST. */
    static final int MAX_CODES = 100;

    static final String VIEW = "routing:queue:view";
    static final String EDIT = "routing:queue:edit";
    private static final String BASE = "/api/v2/routing/queues/{queueId}";

    private final RouteContext ctx;

    QueueRoutes(RouteContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(
                Route.api("GET", BASE + "/members", this::members),
                Route.bulk("POST", BASE + "/members", this::changeMembers),
                Route.api("GET", BASE + "/wrapupcodes", this::codes),
                Route.bulk("POST", BASE + "/wrapupcodes", this::addCodes),
                Route.api("DELETE", BASE + "/wrapupcodes/{codeId}", this::deleteCode));
    }

    private Reply members(Call call) {
        String queueId = call.pathParam("queueId");
        ctx.access().requireIn(call, VIEW, ctx.store().queue(queueId).divisionId());
        Page page = ctx.page(call, MAX_MEMBERS);
        String memberBy = call.query("memberBy");
        if (memberBy != null && !memberBy.equals("user") && !memberBy.equals("group")) {
            throw ApiError.invalidValue("memberBy", "memberBy must be user or group.");
        }
        List<QueueMember> all = ctx.store().queueMembers(queueId);
        if (memberBy != null) {
            all = all.stream().filter(m -> m.memberBy().equals(memberBy)).toList();
        }
        List<Object> entities = Listing.page(all, page.size(), page.number()).stream()
                .map(m -> (Object) ctx.views().queueMember(queueId, m))
                .toList();
        boolean more = (long) page.number() * page.size() < all.size();
        return Reply.ok(Listing.withoutTotals(
                entities,
                page.size(),
                page.number(),
                more,
                "/api/v2/routing/queues/" + queueId + "/members",
                memberBy == null ? "" : "&memberBy=" + memberBy));
    }

    private Reply changeMembers(Call call) {
        String queueId = call.pathParam("queueId");
        ctx.access()
                .requireAnyIn(
                        call,
                        List.of(EDIT, "routing:queueMember:manage"),
                        ctx.store().queue(queueId).divisionId());
        boolean delete = call.boolQuery("delete", false);
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode item : ctx.bodies().array(call.body(), MAX_MEMBERS)) {
            ids.add(ctx.bodies().id(item));
        }
        List<String> userIds = List.copyOf(ids);
        ctx.store()
                .changeMembers(queueId, userIds, !delete, ctx.faults().faults().memberReadLag());
        String op = delete ? "QUEUE_MEMBER_REMOVE" : "QUEUE_MEMBER_ADD";
        userIds.forEach(u -> ctx.counters().write(op, queueId + "/" + u));
        return Reply.noContent();
    }

    private Reply codes(Call call) {
        String queueId = call.pathParam("queueId");
        ctx.access().requireIn(call, VIEW, ctx.store().queue(queueId).divisionId());
        List<Object> all =
                ctx.store().queueWrapupCodes(queueId).stream().map(this::code).toList();
        return Reply.ok(ctx.page(call, 500).listing(all, "/api/v2/routing/queues/" + queueId + "/wrapupcodes", ""));
    }

    private Reply addCodes(Call call) {
        String queueId = call.pathParam("queueId");
        ctx.access().requireIn(call, EDIT, ctx.store().queue(queueId).divisionId());
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode item : ctx.bodies().array(call.body(), MAX_CODES)) {
            String id = ctx.bodies().id(item);
            if (ctx.store().wrapupCode(id).isEmpty()) {
                throw ApiError.notFound("wrap-up code", id);
            }
            ids.add(id);
        }
        ctx.store().addQueueWrapupCodes(queueId, List.copyOf(ids));
        List<Object> out = new ArrayList<>();
        for (String id : ids) {
            ctx.counters().write("QUEUE_WRAPUP_ADD", queueId + "/" + id);
            out.add(code(id));
        }
        return Reply.ok(out);
    }

    private Reply deleteCode(Call call) {
        String queueId = call.pathParam("queueId");
        String codeId = call.pathParam("codeId");
        ctx.access().requireIn(call, EDIT, ctx.store().queue(queueId).divisionId());
        if (!ctx.store().removeQueueWrapupCode(queueId, codeId)) {
            throw ApiError.notFound("wrap-up code", codeId);
        }
        ctx.counters().write("QUEUE_WRAPUP_DELETE", queueId + "/" + codeId);
        return Reply.noContent();
    }

    private Object code(String id) {
        return ctx.views().wrapupCode(ctx.store().wrapupCode(id).orElse(new Entity(id, "")));
    }
}
