package dev.gcsync.emulator.http;

/** How a route is guarded. */
public enum RouteKind {
    /** Under /api/v2: bearer token, rate limits, faults, rate headers. */
    API,
    /** POST /oauth/token: Basic auth with the client credentials. */
    OAUTH,
    /** Under /admin: the X-Admin-Key header. */
    ADMIN
}
