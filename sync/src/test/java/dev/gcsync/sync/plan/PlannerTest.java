package dev.gcsync.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.sync.OrgFixture;
import dev.gcsync.sync.desired.Facet;
import dev.gcsync.sync.desired.FacetMode;
import dev.gcsync.sync.desired.Modes;
import dev.gcsync.sync.org.Membership;
import dev.gcsync.sync.resolve.ResolvedQueue;
import dev.gcsync.sync.resolve.ResolvedState;
import dev.gcsync.sync.resolve.ResolvedUser;
import dev.gcsync.sync.tree.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private static final Pos POS = new Pos("d.yaml", 1, 0);
    private final OrgFixture org = new OrgFixture();

    private static ResolvedUser ana(Map<String, Double> skills, Map<String, Double> languages, Set<String> queues) {
        return new ResolvedUser("u-ana", "ana@example.com", POS, skills, languages, queues, null, null, null);
    }

    private Plan plan(Modes modes, ResolvedUser... users) {
        return new Planner().plan(new ResolvedState(modes, List.of(users), List.of(), List.of()), org.snapshot());
    }

    private static List<String> lines(Plan plan) {
        return plan.users().stream()
                .flatMap(u -> u.changes().stream())
                .map(Change::describe)
                .toList();
    }

    @Test
    void additiveSkillsPatchOnlyWhatChangedAndKeepTheRest() {
        Plan plan =
                plan(Modes.allAdditive(), ana(Map.of("s-billing", 4.0, "s-spanish", 3.5, "s-tech", 2.0), null, null));

        assertThat(lines(plan)).containsExactly("~ skill Billing 3→4", "+ skill Spanish Support 3.5");
        assertThat(plan.ops())
                .containsExactly(new Op.SetSkills("u-ana", false, Map.of("s-billing", 4.0, "s-spanish", 3.5)));
    }

    @Test
    void authoritativeSkillsReplaceTheWholeSetWhenSomethingMustGo() {
        Plan plan = plan(
                Modes.allAdditive().with(Facet.SKILLS, FacetMode.AUTHORITATIVE),
                ana(Map.of("s-billing", 3.0), null, null));

        assertThat(lines(plan)).containsExactly("- skill Tech Support");
        assertThat(plan.ops()).containsExactly(new Op.SetSkills("u-ana", true, Map.of("s-billing", 3.0)));
        assertThat(plan.removals()).isEqualTo(1);
    }

    @Test
    void noSkillsAtAllDeletesEachOneRatherThanAnEmptyReplace() {
        Plan plan = plan(Modes.allAdditive().with(Facet.SKILLS, FacetMode.AUTHORITATIVE), ana(Map.of(), null, null));

        assertThat(plan.ops())
                .containsExactly(new Op.RemoveSkill("u-ana", "s-billing"), new Op.RemoveSkill("u-ana", "s-tech"));
    }

    @Test
    void authoritativeLanguagesDeleteEachExtraLanguage() {
        Plan plan = plan(
                Modes.allAdditive().with(Facet.LANGUAGES, FacetMode.AUTHORITATIVE),
                ana(null, Map.of("l-en", 4.0), null));

        assertThat(lines(plan)).containsExactly("~ language English 5→4", "- language Spanish");
        assertThat(plan.ops())
                .containsExactly(
                        new Op.SetLanguages("u-ana", Map.of("l-en", 4.0)), new Op.RemoveLanguage("u-ana", "l-es"));
    }

    @Test
    void additiveLanguagesNeverRemove() {
        Plan plan = plan(Modes.allAdditive(), ana(null, Map.of("l-en", 5.0), null));

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.unchangedUsers()).isEqualTo(1);
    }

    @Test
    void authoritativeQueuesRemoveDirectMembershipsAndReportGroupOnes() {
        Plan plan = plan(
                Modes.allAdditive().with(Facet.QUEUES, FacetMode.AUTHORITATIVE), ana(null, null, Set.of("q-bill")));

        assertThat(lines(plan))
                .containsExactly(
                        "+ queue Billing Tier 1",
                        "! queue Spanish Line (member through a group; not removed)",
                        "- queue VIP");
        assertThat(plan.ops())
                .containsExactly(
                        new Op.AddMembers("q-bill", List.of("u-ana")), new Op.RemoveMembers("q-vip", List.of("u-ana")));
    }

    @Test
    void aGroupMembershipAloneCountsAsInTheDesiredState() {
        Plan plan = plan(Modes.allAdditive(), ana(null, null, Set.of("q-es")));

        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    void membershipsAreGroupedByQueueAHundredUsersACall() {
        List<ResolvedUser> users = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            org.user("u" + i, "u" + i + "@example.com", Map.of(), Map.of());
            users.add(new ResolvedUser("u" + i, "u" + i, POS, null, null, Set.of("q-bill", "q-vip"), null, null, null));
        }
        Plan plan = plan(Modes.allAdditive(), users.toArray(ResolvedUser[]::new));

        assertThat(plan.ops())
                .extracting(op ->
                        ((Op.AddMembers) op).queueId() + ":" + op.userIds().size())
                .containsExactly("q-bill:100", "q-bill:100", "q-bill:50", "q-vip:100", "q-vip:100", "q-vip:50");
    }

    @Test
    void moreThanFiftySkillsSplitIntoBulkCallsOfFifty() {
        Map<String, Double> many = new HashMap<>();
        for (int i = 0; i < 120; i++) {
            many.put("s" + i, 1.0);
        }
        Plan plan =
                plan(Modes.allAdditive(), new ResolvedUser("u-bob", "bob", POS, many, null, null, null, null, null));

        assertThat(plan.ops())
                .extracting(op -> ((Op.SetSkills) op).skills().size())
                .containsExactly(50, 50, 20);
    }

    @Test
    void profileChangesBecomeOnePatchWithTheVersionRead() {
        ResolvedUser want = new ResolvedUser("u-ana", "ana", POS, null, null, null, "Senior Agent", "Sales", "u-boss");
        Plan plan = plan(Modes.allAdditive(), want);

        assertThat(lines(plan)).containsExactly("~ title Agent→Senior Agent", "~ manager (none)→boss@example.com");
        assertThat(plan.ops()).containsExactly(new Op.UpdateProfile("u-ana", 7, "Senior Agent", null, "u-boss"));
    }

    @Test
    void wrapupCodesAreAddedInOneCallAndRemovedOneByOneWhenAuthoritative() {
        var queue =
                new ResolvedQueue("q-bill", "Billing Tier 1", Set.of("w-res", "w-esc"), FacetMode.AUTHORITATIVE, POS);
        Plan plan = new Planner()
                .plan(new ResolvedState(Modes.allAdditive(), List.of(), List.of(queue), List.of()), org.snapshot());

        assertThat(plan.queues().get(0).changes())
                .extracting(Change::describe)
                .containsExactly("+ wrap-up code Escalated", "- wrap-up code Callback");
        assertThat(plan.ops())
                .containsExactly(
                        new Op.AddWrapupCodes("q-bill", List.of("w-esc")), new Op.RemoveWrapupCode("q-bill", "w-cb"));
    }

    @Test
    void usersNotInTheFileAreNeverTouched() {
        org.members.get("q-vip").put("u-bob", Membership.DIRECT);
        Plan plan =
                plan(Modes.allAdditive().with(Facet.QUEUES, FacetMode.AUTHORITATIVE), ana(null, null, Set.of("q-vip")));

        assertThat(plan.ops()).isEmpty();
    }
}
