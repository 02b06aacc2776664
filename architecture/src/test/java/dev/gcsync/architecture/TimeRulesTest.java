package dev.gcsync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

/**
 * Library code reads and waits for time only through the governor's {@code TimeSource}, so that pacing, pauses
 * and deadlines run in virtual time in tests. The one place that touches the system clock is the real
 * {@code TimeSource}. A {@link Clock} passed in (the journal's timestamps) is allowed; reaching for the system's
 * is not.
 */
@AnalyzeClasses(packages = "dev.gcsync", importOptions = ImportOption.DoNotIncludeTests.class)
class TimeRulesTest {
    /** The real clock behind {@code TimeSource.system()}: the one implementation allowed to read the system's. */
    static final String SYSTEM_TIME_SOURCE = "dev.gcsync.governor.internal.SystemTimeSource";

    @ArchTest
    static final ArchRule libraryCodeReadsTimeOnlyThroughTimeSource = noClasses()
            .that()
            .resideInAnyPackage(Modules.trees(Modules.LIBRARY))
            .and()
            .doNotHaveFullyQualifiedName(SYSTEM_TIME_SOURCE)
            .should()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(System.class, "nanoTime")
            .orShould()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(Clock.class, "system", ZoneId.class)
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalTime.class, "now")
            .orShould()
            .callMethod(OffsetDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(Thread.class, "sleep", long.class)
            .orShould()
            .callMethod(Thread.class, "sleep", long.class, int.class)
            .orShould()
            .callMethod(TimeUnit.class, "sleep", long.class)
            .because("time is a port (TimeSource): VirtualTime in tests, the system clock in one place");
}
