package dev.gcsync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The module arrows, internal packages and the emulator's separation, on every module's main classes. */
@AnalyzeClasses(packages = "dev.gcsync", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule everyClassBelongsToAModuleOfTheTable = classes()
            .that()
            .resideInAPackage("dev.gcsync..")
            .should()
            .resideInAnyPackage(Modules.trees(Modules.MAY_USE.keySet()))
            .because("a new module gets its arrows in Modules and docs/architecture.md");

    @ArchTest
    static final ArchRule modulesUseOnlyTheModulesTheirArrowsReach = arrows();

    @ArchTest
    static final ArchRule internalPackagesAreUsedOnlyInsideTheirModule = internals();

    @ArchTest
    static final ArchRule theEmulatorImportsNoClientCode = noClasses()
            .that()
            .resideInAPackage(Modules.tree("emulator"))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(Modules.trees(Modules.CLIENT))
            .because("the emulator must not share a misunderstanding with the client it checks");

    @ArchTest
    static final ArchRule theClientImportsNoEmulatorCode = noClasses()
            .that()
            .resideInAnyPackage(Modules.trees(Modules.CLIENT))
            .should()
            .dependOnClassesThat()
            .resideInAPackage(Modules.tree("emulator"))
            .because("the emulator is a test and demo tool: only tests, the cli's demo/emulator commands and the"
                    + " bench start it");

    private static ArchRule arrows() {
        List<ArchRule> rules = new ArrayList<>();
        Modules.MAY_USE.forEach((module, allowed) -> {
            Set<String> forbidden = new TreeSet<>(Modules.MAY_USE.keySet());
            forbidden.remove(module);
            forbidden.removeAll(allowed);
            if (!forbidden.isEmpty()) {
                rules.add(noClasses()
                        .that()
                        .resideInAPackage(Modules.tree(module))
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(Modules.trees(forbidden))
                        .because(module + " may use only " + (allowed.isEmpty() ? "itself" : new TreeSet<>(allowed))
                                + " (docs/architecture.md)")
                        .allowEmptyShould(Modules.TEST_ONLY.contains(module)));
            }
        });
        return CompositeArchRule.of(rules);
    }

    private static ArchRule internals() {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : new TreeSet<>(Modules.MAY_USE.keySet())) {
            rules.add(noClasses()
                    .that()
                    .resideOutsideOfPackage(Modules.tree(module))
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(Modules.ROOT + module + "..internal..")
                    .because(module + "'s internal packages are its own: other modules use its public vocabulary"));
        }
        return CompositeArchRule.of(rules);
    }
}
