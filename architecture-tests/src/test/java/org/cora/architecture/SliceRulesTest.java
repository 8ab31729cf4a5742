package org.cora.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.cora.architecture.SliceContract.Kind;

/** Slices are independent of each other, and each has the same name and the same parts in every module. */
@AnalyzeClasses(packages = Cora.ROOT, importOptions = {DoNotIncludeTests.class, OnlyCoraBytecode.class})
class SliceRulesTest {

    private static final String TOOL = "<Slice>Tool in " + Cora.TOOL_FEATURES + ".<slice> (an "
            + "org.cora.tools.mcp.SliceTool calling the same handler, named after the slice in snake_case)";
    private static final String ROUTE = "<Slice>Route and its OpenAPI description <Slice>Docs (an "
            + "org.cora.adapters.http.openapi.RouteDocs) in org.cora.adapters.http.features.<slice>";

    @ArchTest
    static final ArchRule slices_do_not_import_sibling_slices = classes()
            .that().resideInAPackage("org.cora..features..")
            .should(SliceIsolation.importNoSiblingSlice())
            .because("a feature slice never imports a sibling slice (in its own module or another): shared "
                    + "seams live beside the slices in a package of their own")
            .allowEmptyShould(false);

    @ArchTest
    static void every_command_slice_has_its_command_decider_handler_route_and_tool(JavaClasses classes) {
        sliceContract(Kind.COMMAND, classes, "a command slice is <Slice>Command and <Slice>Decider in "
                + "org.cora.domain.features.<slice>, <Slice>Handler in org.cora.application.features.<slice>, "
                + ROUTE + " and " + TOOL).check(classes);
    }

    @ArchTest
    static void every_query_slice_has_its_query_handler_route_and_tool(JavaClasses classes) {
        sliceContract(Kind.QUERY, classes, "a query slice is <Slice>Query and <Slice>Handler in "
                + "org.cora.application.features.<slice>, " + ROUTE + " and " + TOOL
                + ", with no command and no decider").check(classes);
    }

    @ArchTest
    static void every_orchestration_slice_has_its_command_handler_route_and_tool_but_no_decider(JavaClasses classes) {
        sliceContract(Kind.ORCHESTRATION, classes, "an orchestration slice is <Slice>Command and <Slice>Handler "
                + "in org.cora.application.features.<slice>, " + ROUTE + " and " + TOOL
                + "; it decides nothing itself").check(classes);
    }

    @ArchTest
    static final ArchRule every_tool_is_a_slice_tool_so_the_service_serves_it = classes()
            .that().resideInAPackage(Cora.TOOL_FEATURES + "..")
            .and().haveSimpleNameEndingWith("Tool")
            .should().implement("org.cora.tools.mcp.SliceTool")
            .because("the service serves over MCP every org.cora.tools.mcp.SliceTool in " + Cora.TOOL_FEATURES
                    + " and nothing else: a <Slice>Tool that is not one is never listed, so implement SliceTool")
            .allowEmptyShould(false);

    @ArchTest
    static void the_orchestration_allowlist_names_existing_slices(JavaClasses classes) {
        Set<String> slices = SliceContract.sliceNames(classes);
        Set<String> stale = new TreeSet<>(SliceContract.ORCHESTRATION_SLICES);
        stale.removeAll(slices);
        assertThat(stale)
                .as("SliceContract.ORCHESTRATION_SLICES names slices that have no handler in "
                        + Cora.APPLICATION_FEATURES + ": remove them from the list (or restore their handler). "
                        + "Slices with a handler: " + slices)
                .isEmpty();
    }

    @ArchTest
    static final ArchRule every_feature_package_belongs_to_a_slice_with_a_handler = classes()
            .that().resideInAPackage("org.cora..features.(*)..")
            .should(belongToASliceWithAHandler())
            .because("a slice starts at its handler: a decider, command, route or tool without a "
                    + "<Slice>Handler in org.cora.application.features.<slice> is dead code or a misnamed package")
            .allowEmptyShould(false);

    private static ArchRule sliceContract(Kind kind, JavaClasses classes, String because) {
        return classes()
                .that(SliceContract.handlersOf(kind, classes))
                .should(SliceContract.haveEveryClassTheirSliceKindRequires(classes))
                .because(because)
                .allowEmptyShould(false);
    }

    private static ArchCondition<JavaClass> belongToASliceWithAHandler() {
        return new ArchCondition<>("belong to a slice with a handler") {
            private Set<String> slices = Set.of();

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                // The handlers are themselves among the classes under test.
                Set<String> names = new TreeSet<>();
                for (JavaClass c : allObjectsToTest) {
                    if (SliceContract.SLICE_HANDLERS.test(c)) {
                        names.add(c.getPackageName().substring(Cora.APPLICATION_FEATURES.length() + 1));
                    }
                }
                slices = names;
            }

            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String slice = Cora.sliceOf(c.getPackageName()).orElse("");
                boolean ok = slices.contains(slice);
                events.add(new SimpleConditionEvent(c, ok, c.getName() + (ok ? " belongs to" : " does not belong to")
                        + " a slice with a handler ('" + slice + "'): add "
                        + Cora.APPLICATION_FEATURES + "." + slice + ".<Slice>Handler, or rename the package to the "
                        + "slice it serves"));
            }
        };
    }
}
