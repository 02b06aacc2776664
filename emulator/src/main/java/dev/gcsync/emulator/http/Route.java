package dev.gcsync.emulator.http;

/**
 * One entry of the route table.
 *
 * @param method   HTTP method
 * @param template path template, e.g. {@code /api/v2/users/{userId}}
 * @param kind     how it is guarded
 * @param bulk     true when the body is a JSON array whose items may each cost one request
 * @param endpoint the handler
 */
public record Route(String method, String template, RouteKind kind, boolean bulk, Endpoint endpoint) {

    public static Route api(String method, String template, Endpoint endpoint) {
        return new Route(method, template, RouteKind.API, false, endpoint);
    }

    public static Route bulk(String method, String template, Endpoint endpoint) {
        return new Route(method, template, RouteKind.API, true, endpoint);
    }

    public static Route admin(String method, String template, Endpoint endpoint) {
        return new Route(method, template, RouteKind.ADMIN, false, endpoint);
    }

    /** "GET /api/v2/users/{userId}": the key of the route in counters. */
    public String key() {
        return method + " " + template;
    }
}
