package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.OAuthClient;
import dev.gcsync.emulator.admin.Admin;
import dev.gcsync.emulator.admin.Counters;
import dev.gcsync.emulator.auth.Tokens;
import dev.gcsync.emulator.faults.FaultInjector;
import dev.gcsync.emulator.http.Json;
import dev.gcsync.emulator.http.Route;
import dev.gcsync.emulator.http.RouteTable;
import dev.gcsync.emulator.limits.RateLimiter;
import dev.gcsync.emulator.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Assembles the one route table from every endpoint family. */
public final class ApiRoutes {
    private ApiRoutes() {}

    public static RouteTable table(
            Store store,
            Counters counters,
            FaultInjector faults,
            RateLimiter limiter,
            Tokens tokens,
            Admin admin,
            Json json,
            List<OAuthClient> clients) {
        RouteContext ctx = new RouteContext(store, counters, faults, json);
        AtomicReference<RouteTable> table = new AtomicReference<>();
        List<Route> routes = new ArrayList<>();
        routes.addAll(new OAuthRoutes(tokens, faults, clients, limiter).routes());
        routes.addAll(new UserRoutes(ctx).routes());
        routes.addAll(new UserSkillRoutes(ctx).routes());
        routes.addAll(new UserLanguageRoutes(ctx).routes());
        routes.addAll(new CatalogueRoutes(ctx).routes());
        routes.addAll(new QueueRoutes(ctx).routes());
        routes.addAll(new AuthorizationRoutes(ctx).routes());
        routes.addAll(new LimitRoutes(limiter).routes());
        routes.addAll(new AdminRoutes(admin, json, () -> table.get().routes()).routes());
        table.set(new RouteTable(routes));
        return table.get();
    }
}
