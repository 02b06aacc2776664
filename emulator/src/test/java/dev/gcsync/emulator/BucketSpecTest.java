package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BucketSpecTest {

    @Test
    void theFormUsedSoFarStillMeansAPerTokenBucketOpeningAtTheFirstRequest() {
        BucketRule b = BucketRule.parse("queue-reads:GET:/api/v2/routing/queues:180:advertised");
        assertThat(b).isEqualTo(new BucketRule("queue-reads", Set.of("GET"), "/api/v2/routing/queues", 180, true));
        assertThat(b.scope()).isEqualTo(BucketScope.TOKEN);
        assertThat(b.align()).isEqualTo(WindowAlign.FIRST);
        assertThat(b.window()).isNull();
        assertThat(b.undocumented()).isFalse();
        assertThat(b.namespace()).isEqualTo("routing");
    }

    @Test
    void keyValuePartsSetScopeAlignmentWindowDocumentationAndNamespace() {
        BucketRule b = BucketRule.parse(
                "member-writes:POST,delete:/api/v2/routing/queues/*/members:40:scope=org:align=clock:window=5s:doc=no"
                        + ":ns=directory:advertised");
        assertThat(b.methods()).containsExactlyInAnyOrder("POST", "DELETE");
        assertThat(b.scope()).isEqualTo(BucketScope.ORG);
        assertThat(b.align()).isEqualTo(WindowAlign.CLOCK);
        assertThat(b.window()).isEqualTo(Duration.ofSeconds(5));
        assertThat(b.undocumented()).isTrue();
        assertThat(b.advertised()).isTrue();
        assertThat(b.namespace()).isEqualTo("directory");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "/api/v2/users/*/routing, /api/v2/users/u1/routingskills/bulk, true",
        "/api/v2/users/*/routing, /api/v2/users/u1/routinglanguages/l1, true",
        "/api/v2/users/*/routing, /api/v2/users/u1, false",
        "/api/v2/users/*/routing, /api/v2/users//routingskills, false",
        "/api/v2/users/*/routing, /api/v2/users/bulk, false",
        "/api/v2/routing/queues/*/members, /api/v2/routing/queues/q1/members, true",
        "/api/v2/routing/queues/*/members, /api/v2/routing/queues/q1/wrapupcodes, false",
        "/api/v2/users/, /api/v2/users/u1, true",
        "/api/v2/users/, /api/v2/users, false",
        "/api/v2/users/*/routing|/api/v2/routing/queues/*/members, /api/v2/routing/queues/q1/members, true",
        "/api/v2/users/*/routing|/api/v2/routing/queues/*/members, /api/v2/users/u1/routingskills/bulk, true",
        "/api/v2/users/*/routing|/api/v2/routing/queues/*/members, /api/v2/routing/queues/q1, false"
    })
    void aStarStandsForOneWholeSegment(String prefix, String path, boolean matches) {
        assertThat(new BucketRule("b", Set.of("PATCH"), prefix, 1).matches("PATCH", path))
                .isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "b:GET:/x|expected name:METHODS:/path/prefix:limit",
                "b:GET:/x:many|limit 'many' is not a number",
                "b:GET:/x:5:scope=galaxy|scope must be token|client|org, was 'galaxy'",
                "b:GET:/x:5:align=noon|align must be first|clock",
                "b:GET:/x:5:window=soon|'soon' is not a duration",
                "b:GET:/x:5:window=2h|window must be whole seconds between 1s and 1h",
                "b:GET:/x:5:doc=maybe|doc must be yes or no",
                "b:GET:/x:5:color=red|unknown key 'color'",
                "b:GET:/x:5:hidden|neither 'advertised' nor key=value"
            })
    void aBadSpecNamesWhatIsWrong(String spec, String why) {
        assertThatThrownBy(() -> BucketRule.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why);
    }

    @Test
    void everyPrefixOfSeveralMustStartWithASlash() {
        assertThatThrownBy(() -> BucketRule.parse("b:GET:/x|y:5"))
                .hasMessageContaining("pathPrefix must start with '/' (each of several separated by '|')");
    }

    @Test
    void twoBucketsOfOneNameAreRefused() {
        assertThatThrownBy(() ->
                        RatePolicy.genesys().withBuckets(List.of(BucketRule.userWrites(5), BucketRule.userWrites(6))))
                .hasMessageContaining("bucket name 'user-writes' is given twice");
    }
}
