package dev.gcsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.sync.desired.Modes;
import dev.gcsync.sync.org.Grants;
import dev.gcsync.sync.org.NamedId;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.plan.Op;
import dev.gcsync.sync.plan.Plan;
import dev.gcsync.sync.problem.Problem;
import dev.gcsync.sync.resolve.ResolvedQueue;
import dev.gcsync.sync.resolve.ResolvedState;
import dev.gcsync.sync.resolve.ResolvedUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionPreflightTest {
    private static final Plan PLAN = new Plan(
            List.of(),
            0,
            List.of(),
            List.of(
                    new Op.SetSkills("u1", false, Map.of("s", 1.0)),
                    new Op.RemoveSkill("u2", "s"),
                    new Op.SetLanguages("u1", Map.of("l", 2.0)),
                    new Op.UpdateProfile("u1", 3, "Lead", null, null),
                    new Op.AddMembers("q", List.of("u1", "u2")),
                    new Op.RemoveWrapupCode("q", "w")));

    @Test
    void countsTheRequestsEachPermissionIsNeededFor() {
        assertThat(PermissionPreflight.needs(PLAN))
                .containsExactly(
                        Map.entry("routing:skill:assign", 2),
                        Map.entry("routing:language:assign", 1),
                        Map.entry("directory:user:edit", 1),
                        Map.entry("routing:queueMember:manage", 1),
                        Map.entry("routing:queue:edit", 1));
    }

    private static final NamedId HOME = new NamedId("d-home", "Home");
    private static final NamedId EMEA = new NamedId("d-emea", "EMEA");
    private static final Map<String, OrgUser> USERS = Map.of(
            "u1", new OrgUser("u1", "U1", "u1@x", "u1", null, null, null, 1, Map.of(), Map.of(), "d-home"),
            "u2", new OrgUser("u2", "U2", "u2@x", "u2", null, null, null, 1, Map.of(), Map.of(), "d-emea"));

    @Test
    void aPermissionMissingEverywhereIsOneProblemWithItsRequestCount() {
        Grants grants = new Grants(
                List.of(HOME, EMEA),
                Map.of(
                        "routing:skill:assign", List.of(),
                        "routing:language:assign", List.of(HOME, EMEA),
                        "directory:user:edit", List.of(HOME, EMEA),
                        "routing:queueMember:manage", List.of(),
                        "routing:queue:edit", List.of(HOME)));
        List<String> notices = new ArrayList<>();

        var findings = PermissionPreflight.check(PLAN, USERS, grants, notices::add);

        assertThat(findings.problems()).extracting(Problem::value).containsExactly("routing:skill:assign");
        assertThat(findings.problems().get(0).describe())
                .startsWith("OAuth client: permission"
                        + " \"routing:skill:assign\": missing: 2 of the plan's requests need it");
        assertThat(findings.missing()).containsExactly("routing:skill:assign");
        assertThat(notices)
                .containsExactly("the OAuth client holds routing:queue:edit only in Home (1 of 2"
                        + " divisions): changes to queues of other divisions will be refused (403)");
    }

    @Test
    void aPermissionHeldOnlyInOtherDivisionsThanAUsersIsAProblemNamingTheDivisionAndTheUser() {
        Grants grants = new Grants(
                List.of(HOME, EMEA),
                Map.of(
                        "routing:skill:assign", List.of(HOME),
                        "routing:language:assign", List.of(HOME, EMEA),
                        "directory:user:edit", List.of(HOME, EMEA),
                        "routing:queueMember:manage", List.of(HOME, EMEA),
                        "routing:queue:edit", List.of(HOME, EMEA)));

        var findings = PermissionPreflight.check(PLAN, USERS, grants, n -> {});

        assertThat(findings.problems())
                .extracting(Problem::describe)
                .containsExactly("OAuth client: permission"
                        + " \"routing:skill:assign\": not held in division EMEA: 1 of the plan's requests need it there (users"
                        + " u2@x). Grant it in that division (the client holds it in Home (1 of 2 divisions)), or re-run with"
                        + " --skip-invalid to send the rest");
        assertThat(findings.blockedByUser()).containsOnlyKeys("u2");
        assertThat(findings.missing()).isEmpty();
    }

    @Test
    void queueEditStandsInForQueueMemberManage() {
        Grants grants = new Grants(
                List.of(HOME), Map.of("routing:queueMember:manage", List.of(), "routing:queue:edit", List.of(HOME)));
        Plan members = new Plan(List.of(), 0, List.of(), List.of(new Op.AddMembers("q", List.of("u1"))));
        assertThat(PermissionPreflight.asked(PermissionPreflight.needs(members)))
                .containsExactly("routing:queueMember:manage", "routing:queue:edit");
        assertThat(PermissionPreflight.check(members, USERS, grants, n -> {}).problems())
                .isEmpty();
    }

    @Test
    void withoutDropsOnlyTheFacetsABlockedPermissionCovers() {
        ResolvedUser u = new ResolvedUser(
                "u1", "a@x", null, Map.of("s", 1.0), Map.of("l", 2.0), Set.of("q"), "Lead", "Sales", "m");
        ResolvedQueue q = new ResolvedQueue("q", "Q", Set.of("w"), null, null);
        ResolvedState state = new ResolvedState(Modes.allAdditive(), List.of(u), List.of(q), List.of());

        ResolvedState rest = PermissionPreflight.without(state, Set.of("routing:skill:assign", "directory:user:edit"));

        ResolvedUser left = rest.users().get(0);
        assertThat(left.skills()).isNull();
        assertThat(left.title()).isNull();
        assertThat(left.managerId()).isNull();
        assertThat(left.languages()).containsEntry("l", 2.0);
        assertThat(left.queues()).containsExactly("q");
        assertThat(rest.queues()).hasSize(1);
        assertThat(PermissionPreflight.without(state, Set.of("routing:queue:edit"))
                        .queues())
                .isEmpty();
    }
}
