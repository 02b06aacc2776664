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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What the plan says additive mode keeps is exactly what the mode it names would remove: for every facet, the
 * "Kept: N … use --mode F=authoritative" count equals the removals planned with F authoritative.
 */
class KeptByAdditiveTest {
    private static final Pos POS = new Pos("d.yaml", 1, 0);
    private static final List<String> SKILLS = List.of("s-billing", "s-spanish", "s-tech");
    private static final List<String> LANGUAGES = List.of("l-en", "l-es");
    private static final List<String> QUEUES = List.of("q-bill", "q-es", "q-vip");
    private static final List<String> CODES = List.of("w-res", "w-esc", "w-cb");

    /** One user and one queue, as the org has them and as the file wants them (null = facet not managed). */
    record Case(
            Map<String, Double> haveSkills,
            Map<String, Double> haveLanguages,
            Map<String, Membership> haveQueues,
            Set<String> haveCodes,
            Map<String, Double> wantSkills,
            Map<String, Double> wantLanguages,
            Set<String> wantQueues,
            Set<String> wantCodes) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Map<String, Double>> skills = proficiencies(SKILLS);
        Arbitrary<Map<String, Double>> languages = proficiencies(LANGUAGES);
        Arbitrary<Map<String, Membership>> memberships = Arbitraries.maps(
                        Arbitraries.of(QUEUES), Arbitraries.of(Membership.class))
                .ofMaxSize(3);
        Arbitrary<Set<String>> codes = Arbitraries.of(CODES).set();
        return Combinators.combine(
                        skills,
                        languages,
                        memberships,
                        codes,
                        skills.injectNull(0.2),
                        languages.injectNull(0.2),
                        Arbitraries.of(QUEUES).set().injectNull(0.2),
                        codes)
                .as(Case::new);
    }

    private static Arbitrary<Map<String, Double>> proficiencies(List<String> ids) {
        return Arbitraries.maps(
                        Arbitraries.of(ids),
                        Arbitraries.integers().between(0, 5).map(Integer::doubleValue))
                .ofMaxSize(ids.size());
    }

    @Property(tries = 300)
    void theKeptCountIsWhatTheNamedModeWouldRemove(@ForAll("cases") Case c) {
        OrgFixture org = new OrgFixture().user("u-ana", "ana@example.com", c.haveSkills(), c.haveLanguages());
        QUEUES.forEach(q -> org.members.put(q, new HashMap<>()));
        c.haveQueues().forEach((q, how) -> org.members.get(q).put("u-ana", how));
        org.wrapupCodes.put("q-bill", c.haveCodes());
        ResolvedUser want = new ResolvedUser(
                "u-ana", "ana@example.com", POS, c.wantSkills(), c.wantLanguages(), c.wantQueues(), null, null, null);

        Plan additive = plan(org, want, c.wantCodes(), Modes.allAdditive());

        for (Facet facet : Facet.values()) {
            Modes authoritative = Modes.allAdditive().with(facet, FacetMode.AUTHORITATIVE);
            long removals = plan(org, want, c.wantCodes(), authoritative).removals();
            long kept = additive.kept().stream()
                    .filter(k -> k.facet() == facet)
                    .mapToLong(Plan.Kept::assignments)
                    .sum();
            assertThat(kept).as(facet + " in " + c).isEqualTo(removals);
        }
        assertThat(additive.removals()).as("additive mode removes nothing").isZero();
    }

    private static Plan plan(OrgFixture org, ResolvedUser want, Set<String> codes, Modes modes) {
        ResolvedQueue queue = new ResolvedQueue("q-bill", "Billing Tier 1", codes, modes.of(Facet.WRAPUP_CODES), POS);
        return new Planner().plan(new ResolvedState(modes, List.of(want), List.of(queue), List.of()), org.snapshot());
    }
}
