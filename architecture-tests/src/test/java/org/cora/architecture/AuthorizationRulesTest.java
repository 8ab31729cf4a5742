package org.cora.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cora.app.security.RoleTable;
import org.cora.architecture.fixtures.features.alpha.AlphaHandler;
import org.cora.architecture.fixtures.features.gamma.GammaHandler;
import org.junit.jupiter.api.Test;

/**
 * Who may do what is decided for every command and query: each handler names what it authorizes
 * in a constant, and the role table has a row for that name.
 */
@AnalyzeClasses(packages = Cora.ROOT, importOptions = {DoNotIncludeTests.class, OnlyCoraBytecode.class})
class AuthorizationRulesTest {

    static final List<String> NAME_CONSTANTS = List.of("COMMAND_NAME", "QUERY_NAME");

    private static final ArchRule EVERY_HANDLER_NAME_HAS_A_ROLE = classes()
            .that().resideInAPackage(Cora.APPLICATION_FEATURES + "..")
            .and().haveSimpleNameEndingWith("Handler")
            .should(nameACommandOrQueryThatSomeRoleAllows())
            .because("outside development mode a name no role allows is refused to everyone: add the handler's "
                    + "COMMAND_NAME or QUERY_NAME to org.cora.app.security.RoleTable, under READS (viewer, and "
                    + "everyone), OPERATIONS (operator) or AUTHORING (author)")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule every_command_and_query_has_a_role = EVERY_HANDLER_NAME_HAS_A_ROLE;

    @ArchTest
    static void the_role_table_names_only_commands_and_queries_a_handler_has(JavaClasses classes) {
        Set<String> handled = new TreeSet<>();
        classes.stream()
                .filter(c -> c.getPackageName().startsWith(Cora.APPLICATION_FEATURES + "."))
                .filter(c -> c.getSimpleName().endsWith("Handler"))
                .forEach(c -> nameOf(c).ifPresent(handled::add));
        assertThat(new TreeSet<>(RoleTable.everyName()))
                .as("names in org.cora.app.security.RoleTable that no handler authorizes: remove the rows of "
                        + "commands and queries that are gone, or correct the name")
                .isSubsetOf(handled);
    }

    @Test
    void a_handler_without_a_name_constant_or_with_a_name_no_role_allows_is_reported() {
        OnlyCoraBytecode.skipClasspathResolution();
        JavaClasses fixtures = new ClassFileImporter().importClasses(AlphaHandler.class, GammaHandler.class);

        List<String> violations = classes().that().haveSimpleNameEndingWith("Handler")
                .should(nameACommandOrQueryThatSomeRoleAllows())
                .evaluate(fixtures).getFailureReport().getDetails();

        assertThat(violations).hasSize(2);
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("AlphaHandler")
                .contains("declares neither COMMAND_NAME nor QUERY_NAME"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("GammaHandler")
                .contains("'LaunchGamma'").contains("no role in RoleTable allows"));
    }

    static ArchCondition<JavaClass> nameACommandOrQueryThatSomeRoleAllows() {
        return new ArchCondition<>("name a command or query that some role allows") {
            @Override
            public void check(JavaClass handler, ConditionEvents events) {
                Optional<String> name = nameOf(handler);
                if (name.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(handler, handler.getName() + " declares neither "
                            + "COMMAND_NAME nor QUERY_NAME: declare public static final String COMMAND_NAME (or "
                            + "QUERY_NAME) and authorize with it"));
                    return;
                }
                boolean allowed = RoleTable.everyName().contains(name.get());
                events.add(new SimpleConditionEvent(handler, allowed, handler.getName() + " authorizes '"
                        + name.get() + "', which " + (allowed ? "has a role" : "no role in RoleTable allows")));
            }
        };
    }

    /** The value of the handler's public static final COMMAND_NAME or QUERY_NAME (javac inlines it, so read it). */
    private static Optional<String> nameOf(JavaClass handler) {
        return handler.getFields().stream()
                .filter(f -> NAME_CONSTANTS.contains(f.getName()))
                .filter(f -> f.getModifiers().containsAll(Set.of(JavaModifier.PUBLIC, JavaModifier.STATIC,
                        JavaModifier.FINAL)))
                .findFirst()
                .map(AuthorizationRulesTest::constantValue);
    }

    private static String constantValue(JavaField field) {
        try {
            return (String) field.reflect().get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field.getFullName(), e);
        }
    }
}
