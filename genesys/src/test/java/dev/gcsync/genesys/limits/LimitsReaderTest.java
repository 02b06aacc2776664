package dev.gcsync.genesys.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.genesys.GenesysException;
import dev.gcsync.genesys.model.LimitDoc;
import dev.gcsync.genesys.model.OrgLimit;
import dev.gcsync.governor.DocumentedLimit;
import dev.gcsync.governor.Outcome;
import dev.gcsync.governor.ScopeKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LimitsReaderTest {
    private static final OrgLimit TOKEN = new OrgLimit("client.credentials.token.rate.per.minute", "platform.api", 300);
    private static final OrgLimit ORG = new OrgLimit("user-routing-writes.org.rate.per.5s", "users", 40);
    private static final LimitDoc ORG_DOC = new LimitDoc(
            ORG.key(),
            "users",
            40L,
            "org",
            5L,
            "first",
            List.of("DELETE", "PATCH", "POST", "PUT"),
            "/api/v2/users/*/routing|/api/v2/routing/queues/*/members");

    @Test
    void aDocumentedOrgLimitBecomesAFamilyPacedFromTheFirstRequest() {
        OrgLimitDocs docs = LimitsReader.of(List.of(TOKEN, ORG), List.of(ORG_DOC));

        assertThat(docs.tokenRatePerMinute()).hasValue(300);
        assertThat(docs.documented())
                .containsExactly(
                        new DocumentedLimit(
                                Optional.empty(),
                                ScopeKind.TOKEN,
                                300,
                                Duration.ofMinutes(1),
                                "platform.api: client.credentials.token.rate.per.minute"),
                        new DocumentedLimit(
                                Optional.of("limit:user-routing-writes"),
                                ScopeKind.ORG,
                                40,
                                Duration.ofSeconds(5),
                                "users: user-routing-writes.org.rate.per.5s"));
        assertThat(docs.familyOf("PUT", "/api/v2/users/u1/routingskills/bulk")).isEqualTo("limit:user-routing-writes");
        assertThat(docs.familyOf("POST", "/api/v2/routing/queues/q1/members?delete=true"))
                .isEqualTo("limit:user-routing-writes");
        assertThat(docs.familyOf("GET", "/api/v2/users/u1/routingskills"))
                .as("a read is not counted")
                .isEqualTo("users:read");
        assertThat(docs.familyOf("PATCH", "/api/v2/users/u1"))
                .as("another path")
                .isEqualTo("users:write");
    }

    @Test
    void aLimitDocumentedWithoutTheRequestsItCountsIsNamedButNotPaced() {
        OrgLimitDocs docs =
                LimitsReader.of(List.of(ORG, new OrgLimit("max.skills.per.user", "routing", 50)), List.of());
        assertThat(docs.rules()).isEmpty();
        assertThat(docs.notMapped()).containsExactly("users: user-routing-writes.org.rate.per.5s = 40");
        assertThat(docs.familyOf("PUT", "/api/v2/users/u1/routingskills/bulk")).isEqualTo("users:write");
    }

    @Test
    void theLoginHostsTokenRateIsKeptForTheTokenEndpoint() {
        OrgLimitDocs docs =
                LimitsReader.of(List.of(new OrgLimit("oauth.token.client.rate.per.60s", "auth.api", 10)), List.of());
        assertThat(docs.tokenRequests()).hasValue(10);
        assertThat(docs.tokenWindow()).isEqualTo(Duration.ofSeconds(60));
        assertThat(docs.rules()).isEmpty();
    }

    @Test
    void aNamespaceTheOrgDoesNotHaveIsSkipped() {
        OrgLimitDocs docs = LimitsReader.read(
                ns -> {
                    if (!ns.equals("platform.api")) {
                        throw new GenesysException(
                                "GET ns",
                                404,
                                "not.found",
                                "no such namespace",
                                null,
                                Outcome.FAILED,
                                Optional.empty(),
                                null);
                    }
                    return List.of(TOKEN);
                },
                List::of);
        assertThat(docs.tokenRatePerMinute()).hasValue(300);
    }
}
