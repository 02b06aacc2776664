package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.OrganizationApi;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.api.request.GetRoutingQueueMembersRequest;
import com.mypurecloud.sdk.v2.api.request.GetRoutingQueueWrapupcodesRequest;
import com.mypurecloud.sdk.v2.model.Limit;
import com.mypurecloud.sdk.v2.model.PatchUser;
import com.mypurecloud.sdk.v2.model.QueueMember;
import com.mypurecloud.sdk.v2.model.QueueMemberEntityListing;
import com.mypurecloud.sdk.v2.model.UpdateUser;
import com.mypurecloud.sdk.v2.model.User;
import com.mypurecloud.sdk.v2.model.UserEntityListing;
import com.mypurecloud.sdk.v2.model.UserRoutingLanguagePost;
import com.mypurecloud.sdk.v2.model.UserRoutingSkill;
import com.mypurecloud.sdk.v2.model.UserRoutingSkillPost;
import com.mypurecloud.sdk.v2.model.WrapUpCodeReference;
import com.mypurecloud.sdk.v2.model.WritableEntity;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the emulator with the official Genesys Java SDK: every response must deserialize. */
class SdkFidelityTest {
    private Emulator emulator;

    private ApiClient client(EmulatorConfig.Builder config, ApiClient.RetryConfiguration retry) {
        emulator = Emulator.start(config.users(120).build());
        ApiClient.Builder builder =
                ApiClient.Builder.standard().withBasePath(emulator.baseUrl()).withAccessToken(Http.token(emulator));
        if (retry != null) {
            builder.withRetryConfiguration(retry);
        }
        return builder.build();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void usersEndpointsDeserialize() throws Exception {
        UsersApi users = new UsersApi(client(EmulatorConfig.builder().profile(Profile.UNLIMITED), null));
        UserEntityListing page = users.getUsers(50, 1, null, null, null, List.of("skills", "languages"), null, null);
        assertThat(page.getEntities()).hasSize(50);
        assertThat(page.getTotal()).isEqualTo(120);
        assertThat(page.getNextUri()).contains("pageNumber=2");
        User first = page.getEntities().get(0);
        assertThat(first.getSkills()).isNotEmpty();
        assertThat(first.getSkills().get(0).getProficiency()).isBetween(0.0, 5.0);
        assertThat(first.getLanguages()).isNotEmpty();
        assertThat(first.getDivision().getId()).isNotBlank();
        assertThat(first.getState()).isEqualTo(User.StateEnum.ACTIVE);

        User one = users.getUser(first.getId(), List.of("skills"), null, null);
        assertThat(one.getVersion()).isEqualTo(1);
        UpdateUser update = new UpdateUser();
        update.setTitle("Team Lead");
        update.setVersion(one.getVersion());
        User patched = users.patchUser(first.getId(), update);
        assertThat(patched.getVersion()).isEqualTo(2);
        assertThat(patched.getTitle()).isEqualTo("Team Lead");
        ApiException stale = catchThrowableOfType(ApiException.class, () -> users.patchUser(first.getId(), update));
        assertThat(stale.getStatusCode()).isEqualTo(409);
        assertThat(stale.getRawBody()).contains("does not match the current version");

        PatchUser auto = new PatchUser();
        auto.setId(first.getId());
        auto.setAcdAutoAnswer(true);
        assertThat(users.patchUsersBulk(List.of(auto)).getEntities().get(0).getAcdAutoAnswer())
                .isTrue();
    }

    @Test
    void routingSkillAndLanguageEndpointsDeserialize() throws Exception {
        ApiClient client = client(EmulatorConfig.builder().profile(Profile.UNLIMITED), null);
        UsersApi users = new UsersApi(client);
        StateSnapshot state = emulator.admin().exportState();
        String userId = state.users().get(5).id();
        String skillA = state.skills().get(0).id();
        String skillB = state.skills().get(1).id();

        assertThat(users.putUserRoutingskillsBulk(userId, List.of(skillPost(skillA, 2.0)))
                        .getEntities())
                .hasSize(1);
        assertThat(users.patchUserRoutingskillsBulk(userId, List.of(skillPost(skillB, 4.5)))
                        .getEntities())
                .extracting(UserRoutingSkill::getId)
                .containsExactly(skillA, skillB);
        assertThat(users.getUserRoutingskills(userId, 25, 1, null).getTotal()).isEqualTo(2);
        String skillC = state.skills().get(2).id();
        assertThat(users.postUserRoutingskills(userId, skillPost(skillC, 1.0)).getName())
                .isEqualTo(state.skills().get(2).name());
        UserRoutingSkill change = new UserRoutingSkill();
        change.setProficiency(3.0);
        assertThat(users.putUserRoutingskill(userId, skillC, change).getProficiency())
                .isEqualTo(3.0);
        users.deleteUserRoutingskill(userId, skillC);

        String lang = state.languages().get(3).id();
        UserRoutingLanguagePost langPost = new UserRoutingLanguagePost();
        langPost.setId(lang);
        langPost.setProficiency(5.0);
        assertThat(users.patchUserRoutinglanguagesBulk(userId, List.of(langPost))
                        .getEntities())
                .anySatisfy(l -> assertThat(l.getId()).isEqualTo(lang));
        assertThat(users.getUserRoutinglanguages(userId, 25, 1, null).getEntities())
                .isNotEmpty();
        users.deleteUserRoutinglanguage(userId, lang);
    }

    @Test
    void catalogueQueueAndLimitEndpointsDeserialize() throws Exception {
        ApiClient client = client(
                EmulatorConfig.builder()
                        .policy(RatePolicy.genesys()
                                .withLimit(5, Duration.ofSeconds(1))
                                .withEnabled(false)),
                null);
        RoutingApi routing = new RoutingApi(client);
        StateSnapshot state = emulator.admin().exportState();
        assertThat(routing.getRoutingSkills(100, 1, null, null).getEntities())
                .hasSize(state.skills().size());
        assertThat(routing.getRoutingLanguages(100, 1, null, null, null).getEntities())
                .hasSize(state.languages().size());
        assertThat(routing.getRoutingWrapupcodes(100, 1, null, null, null, null, null)
                        .getTotal())
                .isEqualTo(state.wrapupCodes().size());
        assertThat(routing.getRoutingQueues(1, 25, null, "Billing*", null, null, null, null)
                        .getEntities())
                .singleElement()
                .satisfies(q -> assertThat(q.getName()).isEqualTo("Billing Support"));

        QueueState queue = state.queues().stream()
                .filter(q -> !q.groups().isEmpty())
                .findFirst()
                .orElseThrow();
        QueueMemberEntityListing members = routing.getRoutingQueueMembers(GetRoutingQueueMembersRequest.builder()
                .withQueueId(queue.id())
                .withPageSize(100)
                .withPageNumber(1)
                .build());
        assertThat(members.getEntities()).extracting(QueueMember::getMemberBy).contains("user", "group");
        assertThat(members.getEntities().get(0).getJoined()).isTrue();
        String outsider = state.users().stream()
                .map(u -> u.id())
                .filter(id -> !queue.members().contains(id))
                .findFirst()
                .orElseThrow();
        WritableEntity member = new WritableEntity();
        member.setId(outsider);
        routing.postRoutingQueueMembers(queue.id(), List.of(member), false);
        routing.postRoutingQueueMembers(queue.id(), List.of(member), true);

        String code = state.wrapupCodes().stream()
                .map(c -> c.id())
                .filter(id -> !queue.wrapupCodes().contains(id))
                .findFirst()
                .orElseThrow();
        WrapUpCodeReference ref = new WrapUpCodeReference();
        ref.setId(code);
        assertThat(routing.postRoutingQueueWrapupcodes(queue.id(), List.of(ref)))
                .singleElement()
                .satisfies(w -> assertThat(w.getId()).isEqualTo(code));
        assertThat(routing.getRoutingQueueWrapupcodes(GetRoutingQueueWrapupcodesRequest.builder()
                                .withQueueId(queue.id())
                                .withPageSize(25)
                                .withPageNumber(1)
                                .build())
                        .getEntities())
                .hasSize(queue.wrapupCodes().size() + 1);
        routing.deleteRoutingQueueWrapupcode(queue.id(), code);

        OrganizationApi organization = new OrganizationApi(client);
        assertThat(organization.getOrganizationsLimitsNamespace("platform.api").getEntities())
                .as("limits are off here, so none is documented (the banner says 'rate limit none')")
                .isEmpty();
        List<Limit> limits = organization
                .getOrganizationsLimitsNamespaceDefaults("platform.api")
                .getEntities();
        assertThat(limits.get(0).getKey()).isEqualTo("client.credentials.token.rate.per.minute");
        assertThat(limits.get(0).getValue()).isEqualTo(300L);
        assertThat(limits.get(0).getNamespace().toString()).isEqualTo("platform.api");
    }

    @Test
    void aThrottledCallIsAnApiExceptionWithRetryAfter() throws Exception {
        RoutingApi routing = new RoutingApi(client(
                EmulatorConfig.builder().policy(RatePolicy.genesys().withLimit(1, Duration.ofSeconds(60))), null));
        routing.getRoutingSkills(25, 1, null, null);
        ApiException e = catchThrowableOfType(ApiException.class, () -> routing.getRoutingSkills(25, 1, null, null));
        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.getHeaders().get("Retry-After")).isNotNull().matches("[1-9][0-9]*");
        assertThat(e.getCorrelationId()).isNotBlank();
        assertThat(e.getRawBody()).contains("too.many.requests.retry.after");
    }

    @Test
    void theSdkRetryConfigurationRecoversFromA429() throws Exception {
        ApiClient.RetryConfiguration retry = new ApiClient.RetryConfiguration();
        retry.setMaxRetryTimeSec(10);
        retry.setRetryMax(3);
        RoutingApi routing = new RoutingApi(client(
                EmulatorConfig.builder().policy(RatePolicy.genesys().withLimit(1, Duration.ofSeconds(1))), retry));
        routing.getRoutingSkills(25, 1, null, null);
        assertThat(routing.getRoutingSkills(25, 1, null, null).getEntities()).isNotEmpty();
        assertThat(emulator.admin().counters().count("GET /api/v2/routing/skills", 200))
                .isEqualTo(2);
        assertThat(emulator.admin().counters().count("GET /api/v2/routing/skills", 429))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void anOrgScopedRefusalOfAnotherClientsSpendingIsAnSdkReadable429() throws Exception {
        ApiClient mine = client(
                EmulatorConfig.builder()
                        .client(OAuthClient.fullAdmin("crm", "crm-secret"))
                        .policy(
                                RatePolicy.genesys()
                                        .withBuckets(
                                                List.of(
                                                        BucketRule.parse(
                                                                "member-writes:POST:/api/v2/routing/queues/*/members:2:scope=org:align=clock")))),
                null);
        String crmToken = Http.json(new Http(emulator).oauth("crm", "crm-secret"))
                .get("access_token")
                .asText();
        RoutingApi crm = new RoutingApi(ApiClient.Builder.standard()
                .withBasePath(emulator.baseUrl())
                .withAccessToken(crmToken)
                .build());
        RoutingApi routing = new RoutingApi(mine);
        StateSnapshot state = emulator.admin().exportState();
        QueueState queue = state.queues().get(0);
        List<String> outsiders = state.users().stream()
                .map(u -> u.id())
                .filter(id -> !queue.members().contains(id))
                .limit(3)
                .toList();
        crm.postRoutingQueueMembers(queue.id(), List.of(member(outsiders.get(0))), false);
        crm.postRoutingQueueMembers(queue.id(), List.of(member(outsiders.get(1))), false);
        ApiException e = catchThrowableOfType(
                ApiException.class,
                () -> routing.postRoutingQueueMembers(queue.id(), List.of(member(outsiders.get(2))), false));
        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.getHeaders().get("Retry-After")).isNotNull().matches("[1-9][0-9]*");
        assertThat(e.getCorrelationId()).isNotBlank();
        assertThat(e.getRawBody()).contains("too.many.requests.retry.after");
        assertThat(routing.getRoutingSkills(25, 1, null, null).getEntities()).isNotEmpty(); // not in the bucket
        List<Limit> limits = new OrganizationApi(mine)
                .getOrganizationsLimitsNamespace("routing")
                .getEntities();
        assertThat(limits).singleElement().satisfies(l -> {
            assertThat(l.getKey()).isEqualTo("member-writes.org.rate.per.60s");
            assertThat(l.getValue()).isEqualTo(2L);
            assertThat(l.getNamespace().toString()).isEqualTo("routing");
        });
    }

    private static WritableEntity member(String userId) {
        WritableEntity member = new WritableEntity();
        member.setId(userId);
        return member;
    }

    private static UserRoutingSkillPost skillPost(String id, double proficiency) {
        UserRoutingSkillPost p = new UserRoutingSkillPost();
        p.setId(id);
        p.setProficiency(proficiency);
        return p;
    }
}
