package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.http.Reply;
import dev.gcsync.emulator.http.Route;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.QueueState;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Org catalogues: routing skills, languages, queues (name filter), wrap-up codes. All paged. */
final class CatalogueRoutes {
    private final RouteContext ctx;

    CatalogueRoutes(RouteContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(
                Route.api(
                        "GET",
                        "/api/v2/routing/skills",
                        call -> page(
                                call,
                                "routing:skill:view",
                                "/api/v2/routing/skills",
                                ctx.store().skills(),
                                Entity::name,
                                e -> ctx.views().catalogueEntry(e, "/api/v2/routing/skills/", true))),
                Route.api(
                        "GET",
                        "/api/v2/routing/languages",
                        call -> page(
                                call,
                                "routing:language:view",
                                "/api/v2/routing/languages",
                                ctx.store().languages(),
                                Entity::name,
                                e -> ctx.views().catalogueEntry(e, "/api/v2/routing/languages/", true))),
                Route.api(
                        "GET",
                        "/api/v2/routing/wrapupcodes",
                        call -> page(
                                call,
                                "routing:wrapupCode:view",
                                "/api/v2/routing/wrapupcodes",
                                ctx.store().wrapupCodes(),
                                Entity::name,
                                e -> ctx.views().wrapupCode(e))),
                Route.api("GET", "/api/v2/routing/queues", this::queues),
                Route.api("GET", "/api/v2/routing/queues/{queueId}", this::queue));
    }

    /** Queues, only of the divisions the client may view queues in. */
    private Reply queues(Call call) {
        var visible = ctx.access().visibleDivisions(call, QueueRoutes.VIEW);
        List<QueueState> queues = ctx.store().queues().stream()
                .filter(q -> visible.test(q.divisionId()))
                .toList();
        return page(call, QueueRoutes.VIEW, "/api/v2/routing/queues", queues, QueueState::name, q -> ctx.views()
                .queue(q));
    }

    private Reply queue(Call call) {
        QueueState q = ctx.store().queue(call.pathParam("queueId"));
        ctx.access().requireIn(call, QueueRoutes.VIEW, q.divisionId());
        return Reply.ok(ctx.views().queue(q));
    }

    /**
     * One page of a catalogue, filtered by {@code name}: case-insensitive prefix, {@code *} as a wildcard.
     */
    private <T> Reply page(
            Call call,
            String permission,
            String base,
            List<T> all,
            Function<T, String> nameOf,
            Function<T, Object> view) {
        ctx.access().require(call, permission);
        Page page = ctx.page(call, 500);
        String name = call.query("name");
        List<T> filtered = name == null || name.isEmpty()
                ? all
                : all.stream().filter(matcher(name, nameOf)).toList();
        List<Object> entities = Listing.page(filtered, page.size(), page.number()).stream()
                .map(view)
                .toList();
        String extra = name == null ? "" : "&name=" + name;
        return Reply.ok(Listing.classic(entities, page.size(), page.number(), filtered.size(), base, extra));
    }

    private static <T> Predicate<T> matcher(String filter, Function<T, String> nameOf) {
        StringBuilder regex = new StringBuilder();
        for (String part : filter.toLowerCase(Locale.ROOT).split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        Pattern p = Pattern.compile(regex + ".*", Pattern.DOTALL);
        return t -> p.matcher(nameOf.apply(t).toLowerCase(Locale.ROOT)).matches();
    }
}
