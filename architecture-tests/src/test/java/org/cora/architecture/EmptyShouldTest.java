package org.cora.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * A rule whose "that" matches nothing proves nothing: after a package rename it would pass forever.
 * Every rule of this suite says {@code allowEmptyShould(false)}; this shows what that buys.
 */
@AnalyzeClasses(packages = Cora.ROOT, importOptions = {DoNotIncludeTests.class, OnlyCoraBytecode.class})
class EmptyShouldTest {

    @ArchTest
    static void a_rule_that_finds_nothing_to_check_fails(JavaClasses classes) {
        ArchRule explicit = noClasses()
                .that().resideInAPackage("org.cora.no_such_module..")
                .should().dependOnClassesThat().resideInAPackage("java..")
                .allowEmptyShould(false);
        assertThatThrownBy(() -> explicit.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");

        // ArchUnit's own default (archRule.failOnEmptyShould=true) agrees, unless someone turns it off.
        ArchRule byDefault = noClasses()
                .that().resideInAPackage("org.cora.no_such_module..")
                .should().dependOnClassesThat().resideInAPackage("java..");
        assertThatThrownBy(() -> byDefault.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
