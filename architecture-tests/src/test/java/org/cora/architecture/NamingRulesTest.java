package org.cora.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.cora.architecture.Cora.ADAPTERS;
import static org.cora.architecture.Cora.GENERATED_JOOQ;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.cora.domain.conductor.ActionRegistry;
import org.cora.domain.conductor.ProcedureLifecycle;
import org.cora.domain.conductor.StepJournal;
import org.cora.domain.control.ControlPort;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;

/** Names carry the meaning: adapters are {@code <Technology><Role>}, and nothing is an Impl or an Adapter. */
@AnalyzeClasses(packages = Cora.ROOT, importOptions = {DoNotIncludeTests.class, OnlyCoraBytecode.class})
class NamingRulesTest {

    /** The domain's outbound ports; every interface in org.cora.application.port is a port too. */
    static final List<Class<?>> DOMAIN_PORTS = List.of(
            ControlPort.class, Clock.class, IdGenerator.class, StepJournal.class, ProcedureLifecycle.class,
            ActionRegistry.class);

    static final String APPLICATION_PORTS = "org.cora.application.port";

    @ArchTest
    static final ArchRule no_class_name_ends_with_impl_or_adapter = noClasses()
            .that().resideOutsideOfPackage(GENERATED_JOOQ)
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Adapter")
            .because("a name says what the class is, not that it implements something: name an adapter "
                    + "<Technology><Role> (PostgresEventStore, EpicsCaControlPort) and anything else after its role")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule adapters_are_named_after_the_port_they_implement = classes()
            .that().resideInAPackage(ADAPTERS)
            .and().resideOutsideOfPackage(GENERATED_JOOQ)
            .and().areNotInterfaces()
            .and().areNotAnonymousClasses()
            .and(implementAPort())
            .should(beNamedTechnologyThenPort())
            .because("an adapter is found by its port: name it <Technology><Role> where the role is the port's "
                    + "simple name, e.g. PostgresEventStore implements EventStore, SimulatedBeamlineControlPort "
                    + "implements ControlPort")
            .allowEmptyShould(false);

    static boolean isPort(JavaClass type) {
        return type.isInterface() && (type.getPackageName().equals(APPLICATION_PORTS)
                || DOMAIN_PORTS.stream().anyMatch(type::isEquivalentTo));
    }

    private static List<JavaClass> portsOf(JavaClass c) {
        return c.getAllRawInterfaces().stream().filter(NamingRulesTest::isPort).toList();
    }

    private static DescribedPredicate<JavaClass> implementAPort() {
        return DescribedPredicate.describe("implement a port (an interface in " + APPLICATION_PORTS
                + " or one of " + DOMAIN_PORTS.stream().map(Class::getSimpleName).toList() + ")",
                c -> !portsOf(c).isEmpty());
    }

    private static boolean isTechnologyThenPort(JavaClass c, JavaClass port) {
        return c.getSimpleName().endsWith(port.getSimpleName())
                && c.getSimpleName().length() > port.getSimpleName().length();
    }

    /** The one composite allowed its own name: {@code ControlPortRegistry} routes to the ports it holds. */
    private static boolean isRegistryOf(JavaClass c, JavaClass port) {
        return c.getSimpleName().equals(port.getSimpleName() + "Registry");
    }

    static ArchCondition<JavaClass> beNamedTechnologyThenPort() {
        return new ArchCondition<>("be named <Technology><Port> (or <Port>Registry for a router over them)") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<JavaClass> ports = portsOf(c);
                boolean ok = ports.stream().anyMatch(p -> isTechnologyThenPort(c, p) || isRegistryOf(c, p));
                String names = ports.stream().map(JavaClass::getSimpleName).sorted().toList().toString();
                events.add(new SimpleConditionEvent(c, ok, c.getName() + " implements " + names + (ok
                        ? " and is named after it"
                        : " but is not named <Technology><Port>: rename it to, e.g., Postgres"
                                + ports.get(0).getSimpleName() + " or InMemory" + ports.get(0).getSimpleName())));
            }
        };
    }
}
