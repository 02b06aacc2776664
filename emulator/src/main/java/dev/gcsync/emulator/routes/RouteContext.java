package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.admin.Counters;
import dev.gcsync.emulator.faults.FaultInjector;
import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.http.Json;
import dev.gcsync.emulator.store.Store;

/** What endpoint families share: the store, JSON, counters, the fault injector and the authorization model. */
record RouteContext(
        Store store, Views views, Bodies bodies, Counters counters, FaultInjector faults, Json json, Access access) {

    RouteContext(Store store, Counters counters, FaultInjector faults, Json json) {
        this(store, new Views(store), new Bodies(json), counters, faults, json, new Access(store));
    }

    /** The page a listing request asks for; an oversized page is clamped when the org quirks say so. */
    Page page(Call call, int maxSize) {
        return Page.of(call, maxSize, faults.quirks().clampPageSize());
    }
}
