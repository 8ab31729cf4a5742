package org.cora.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.cora.architecture.Cora.APP;
import static org.cora.architecture.Cora.APPLICATION;
import static org.cora.architecture.Cora.DOMAIN;
import static org.cora.architecture.Cora.HARDWARE;
import static org.cora.architecture.Cora.HTTP;
import static org.cora.architecture.Cora.POSTGRES;
import static org.cora.architecture.Cora.TOOLS;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module contract of DESIGN.md: which layer may see which. */
@AnalyzeClasses(packages = Cora.ROOT, importOptions = {DoNotIncludeTests.class, OnlyCoraBytecode.class})
class LayerDependencyRulesTest {

    private static final String ADAPTERS_ARE_INDEPENDENT = "adapters never depend on each other, on tools or on "
            + "the composition root: depend on an application port (or the domain) instead, and let "
            + "org.cora.app wire one adapter's implementation into another's constructor";

    @ArchTest
    static final ArchRule domain_depends_on_the_jdk_only = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", DOMAIN)
                    .and(not(resideInAnyPackage("java.sql..")))
                    .as("are in java.. (but not java.sql..) or org.cora.domain.."))
            .because("the domain is plain Java (no Spring, jOOQ, Jackson, JDBC or logging framework): keep the "
                    + "framework code in an adapter and let the domain reach it through a port interface it declares")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule application_depends_on_the_domain_and_the_jdk_only = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION)
            .because("the application orchestrates the domain through its own ports: declare an outbound port in "
                    + "org.cora.application.port and implement it in an adapter, instead of importing an adapter, "
                    + "tools, the app or a framework")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule postgres_adapter_depends_on_no_other_adapter_nor_tools_nor_app = noClasses()
            .that().resideInAPackage(POSTGRES)
            .should().dependOnClassesThat().resideInAnyPackage(HTTP, HARDWARE, TOOLS, APP)
            .because(ADAPTERS_ARE_INDEPENDENT)
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule http_adapter_depends_on_no_other_adapter_nor_tools_nor_app = noClasses()
            .that().resideInAPackage(HTTP)
            .should().dependOnClassesThat().resideInAnyPackage(POSTGRES, HARDWARE, TOOLS, APP)
            .because(ADAPTERS_ARE_INDEPENDENT)
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule hardware_adapter_depends_on_no_other_adapter_nor_tools_nor_app = noClasses()
            .that().resideInAPackage(HARDWARE)
            .should().dependOnClassesThat().resideInAnyPackage(POSTGRES, HTTP, TOOLS, APP)
            .because(ADAPTERS_ARE_INDEPENDENT)
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule tools_depend_on_no_adapter_nor_app = noClasses()
            .that().resideInAPackage(TOOLS)
            .and().resideOutsideOfPackage(Cora.TOOLS_SIM_IOC)
            .should().dependOnClassesThat().resideInAnyPackage(POSTGRES, HTTP, HARDWARE, APP)
            .because("the MCP tools and the CLI call the same application handlers as the routes: depend on "
                    + "org.cora.application and org.cora.domain only, and let org.cora.app wire the adapters in")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule the_simulated_ioc_tool_serves_the_simulator_and_nothing_else = noClasses()
            .that().resideInAPackage(Cora.TOOLS_SIM_IOC)
            .should().dependOnClassesThat().resideInAnyPackage(POSTGRES, HTTP, APP)
            .because("cora sim-ioc serves the simulated beamline over EPICS: it needs the hardware adapter and "
                    + "no service, database or HTTP layer")
            .allowEmptyShould(false);
}
