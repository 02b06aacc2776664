package dev.gcsync.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private static final Endpoint NONE = call -> Reply.noContent();
    private final RouteTable table = new RouteTable(List.of(
            Route.api("GET", "/api/v2/users/{userId}", NONE),
            Route.api("PATCH", "/api/v2/users/{userId}", NONE),
            Route.bulk("PATCH", "/api/v2/users/bulk", NONE),
            Route.api("GET", "/api/v2/users/query", NONE),
            Route.api("DELETE", "/api/v2/users/{userId}/routinglanguages/{languageId}", NONE)));

    @Test
    void aLiteralSegmentBeatsAParameter() {
        assertThat(table.match("PATCH", "/api/v2/users/bulk")
                        .orElseThrow()
                        .route()
                        .template())
                .isEqualTo("/api/v2/users/bulk");
        assertThat(table.match("GET", "/api/v2/users/query")
                        .orElseThrow()
                        .route()
                        .template())
                .isEqualTo("/api/v2/users/query");
        assertThat(table.match("PATCH", "/api/v2/users/abc").orElseThrow().pathParams())
                .isEqualTo(Map.of("userId", "abc"));
    }

    @Test
    void bindsEveryPathParameter() {
        Match m = table.match("DELETE", "/api/v2/users/u1/routinglanguages/l1").orElseThrow();
        assertThat(m.pathParams()).isEqualTo(Map.of("userId", "u1", "languageId", "l1"));
    }

    @Test
    void noMatchForAnotherMethodOrLength() {
        assertThat(table.match("DELETE", "/api/v2/users/abc")).isEmpty();
        assertThat(table.match("GET", "/api/v2/users/abc/x")).isEmpty();
    }

    @Test
    void namesTheNearestRoutes() {
        assertThat(table.nearest("DELETE", "/api/v2/users/u1/routinglanguage/l1"))
                .first()
                .isEqualTo("DELETE /api/v2/users/{userId}/routinglanguages/{languageId}");
    }
}
