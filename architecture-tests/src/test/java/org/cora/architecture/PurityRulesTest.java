package org.cora.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.cora.architecture.Cora.APPLICATION;
import static org.cora.architecture.Cora.DOMAIN;
import static org.cora.architecture.Cora.accessesAnyOf;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;

/** Deciders are pure functions, and the domain takes its time and its ids from ports. */
@AnalyzeClasses(packages = Cora.ROOT, importOptions = {DoNotIncludeTests.class, OnlyCoraBytecode.class})
class PurityRulesTest {

    private static final String DECIDERS_ARE_PURE = "a decider is a static pure function (state, command, facts, "
            + "now) -> events: take the time as an Instant parameter (the handler reads its Clock port), take new "
            + "ids as parameters (the handler asks its IdGenerator port), and let the handler load what the "
            + "decider needs";

    @ArchTest
    static final ArchRule deciders_call_no_clock_random_id_or_io = noClasses()
            .that().haveSimpleNameEndingWith("Decider")
            .should().accessTargetWhere(accessesAnyOf(Cora.CLOCKS_AND_RANDOMNESS)
                    .as("read a clock or draw randomness"))
            .orShould().dependOnClassesThat().resideInAnyPackage(APPLICATION, "java.io..", "java.nio..",
                    "java.net..", "java.sql..", "javax.sql..")
            .orShould().dependOnClassesThat().belongToAnyOf(Clock.class, IdGenerator.class, java.time.Clock.class,
                    java.time.InstantSource.class)
            .because(DECIDERS_ARE_PURE)
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule deciders_are_static_functions = methods()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Decider")
            .and().arePublic()
            .should().beStatic()
            .because(DECIDERS_ARE_PURE + "; a decider holds no state and no collaborators")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule deciders_take_the_state_then_the_command = methods()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Decider")
            .and().arePublic()
            .should(takeTheStateThenTheCommand())
            .because("every decider reads the same way, decide(state, command, ...facts, now): put the "
                    + "aggregate state (null when the stream is empty) first and the slice's <Slice>Command second")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule the_domain_and_the_application_take_time_and_ids_from_ports = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().accessTargetWhere(accessesAnyOf(Cora.WALL_CLOCK_AND_RANDOM_IDS)
                    .as("read the wall clock or mint a random id"))
            .because("time comes from the org.cora.domain.shared.Clock port and ids from the "
                    + "org.cora.domain.shared.IdGenerator port (UUIDv7), so that tests and replays control them: "
                    + "take a Clock or IdGenerator in the constructor and call clock.now() / ids.newId(); only "
                    + "adapters and org.cora.app implement those ports with the system clock")
            .allowEmptyShould(false);

    private static ArchCondition<JavaMethod> takeTheStateThenTheCommand() {
        return new ArchCondition<>("take the aggregate state then the command as their first two parameters") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<JavaClass> params = method.getRawParameterTypes();
                boolean ok = params.size() >= 2
                        && params.get(0).getPackageName().startsWith("org.cora.domain.")
                        && !params.get(0).getSimpleName().endsWith("Command")
                        && params.get(1).getSimpleName().endsWith("Command");
                events.add(new SimpleConditionEvent(method, ok, method.getFullName()
                        + (ok ? " takes" : " does not take") + " (state, command, ...) as its first parameters"));
            }
        };
    }
}
