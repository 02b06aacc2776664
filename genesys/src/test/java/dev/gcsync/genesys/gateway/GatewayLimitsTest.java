package dev.gcsync.genesys.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.genesys.EndpointFamily;
import dev.gcsync.genesys.limits.OrgLimitDocs;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.OrgBudget;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A gateway reads the org's documented limits once, with the first caller's token, and carries on without. */
class GatewayLimitsTest {
    private static final String PATH = "/api/v2/users/u-1/routingskills/bulk";
    private static final String DOCS = """
            {"url":"https://developer.genesys.cloud/organization/organization/limits","entities":[
              {"key":"user-routing-writes.org.rate.per.5s","namespace":"users","value":40,"scope":"org",
               "windowSeconds":5,"methods":["PUT","PATCH"],"pathPrefix":"/api/v2/users/*/routing"}]}
            """;

    private final OrgBudget budget = new OrgBudget(GovernorConfig.defaults());
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @Test
    void theDocumentedLimitsArePacedInTheSharedBudgetAndNameTheirRequestsFamily() throws Exception {
        GatewayLimits limits = new GatewayLimits(budget);
        assertThat(limits.familyOf("PUT", PATH)).as("before the read").isEqualTo(EndpointFamily.of("PUT", PATH));
        limits.readOnce(path -> {
            asked.add(path);
            return new GatewayLimits.Answer(200, DOCS.getBytes(StandardCharsets.UTF_8));
        });
        limits.readOnce(path -> {
            throw new AssertionError("read twice: " + path);
        });
        OrgLimitDocs read = limits.done().get(10, TimeUnit.SECONDS);
        assertThat(read.rules()).singleElement().satisfies(r -> assertThat(r.family())
                .isEqualTo("limit:user-routing-writes"));
        assertThat(asked)
                .as("the docs carry their values: one request")
                .containsExactly("/api/v2/organizations/limits/docs");
        assertThat(limits.familyOf("PUT", PATH)).isEqualTo("limit:user-routing-writes");
        assertThat(limits.familyOf("GET", PATH))
                .as("a method it does not count")
                .isNotEqualTo("limit:user-routing-writes");
        assertThat(budget.snapshots()).singleElement().satisfies(s -> assertThat(s.name())
                .isEqualTo("org:limit:user-routing-writes"));
    }

    @Test
    void aTokenThatMayNotReadThemLeavesTheGatewayUndocumented() throws Exception {
        for (int status : new int[] {401, 403, 404}) {
            OrgBudget own = new OrgBudget(GovernorConfig.defaults());
            GatewayLimits limits = new GatewayLimits(own);
            limits.readOnce(
                    path -> new GatewayLimits.Answer(status, "{\"message\":\"no\"}".getBytes(StandardCharsets.UTF_8)));
            assertThat(limits.done().get(10, TimeUnit.SECONDS))
                    .as("status %d", status)
                    .isEqualTo(OrgLimitDocs.NONE);
            assertThat(limits.familyOf("PUT", PATH)).isEqualTo(EndpointFamily.of("PUT", PATH));
            assertThat(own.snapshots()).isEmpty();
        }
    }

    @Test
    void noAnswerOrNotJsonLeavesItUndocumentedToo() throws Exception {
        GatewayLimits refused = new GatewayLimits(budget);
        refused.readOnce(path -> {
            throw new java.net.ConnectException("Connection refused");
        });
        assertThat(refused.done().get(10, TimeUnit.SECONDS)).isEqualTo(OrgLimitDocs.NONE);
        GatewayLimits html = new GatewayLimits(budget);
        html.readOnce(path -> new GatewayLimits.Answer(200, "<html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(html.done().get(10, TimeUnit.SECONDS)).isEqualTo(OrgLimitDocs.NONE);
        assertThat(budget.snapshots()).isEmpty();
    }
}
