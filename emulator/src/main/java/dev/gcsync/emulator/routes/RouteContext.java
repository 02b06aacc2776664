package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.admin.Counters;
import dev.gcsync.emulator.faults.FaultInjector;
import dev.gcsync.emulator.http.Json;
import dev.gcsync.emulator.store.Store;

/** What endpoint families share: the store, JSON, counters and the fault injector. */
record RouteContext(Store store, Views views, Bodies bodies, Counters counters, FaultInjector faults, Json json) {

    RouteContext(Store store, Counters counters, FaultInjector faults, Json json) {
        this(store, new Views(store), new Bodies(json), counters, faults, json);
    }
}
