package org.cora.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.cora.architecture.fixtures.BroadCatchingWalk;
import org.cora.architecture.fixtures.ImpureDecider;
import org.cora.architecture.fixtures.SystemClockAdapter;
import org.cora.architecture.fixtures.features.alpha.AlphaHandler;
import org.cora.architecture.fixtures.features.beta.BetaNote;
import org.cora.application.port.Authorize;
import org.cora.application.port.EventStore;
import org.cora.application.port.Transactions;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlPort;
import org.cora.domain.shared.Clock;
import org.junit.jupiter.api.Test;

/**
 * The hand-written conditions, run against fixtures that break them in known places: a rule that
 * cannot fail guards nothing. The fixtures are test classes, so the real suite never sees them.
 */
class RulesCatchViolationsTest {

    /** The fixtures, and the real types whose members the conditions read (ArchUnit may not resolve them itself). */
    private static final JavaClasses FIXTURES = importFixtures();

    private static JavaClasses importFixtures() {
        OnlyCoraBytecode.skipClasspathResolution();
        return new ClassFileImporter().importClasses(
                AlphaHandler.class, BetaNote.class, ImpureDecider.class, BroadCatchingWalk.class,
                SystemClockAdapter.class, Authorize.class, ProcedureStreams.class, EventStore.class,
                Transactions.class, ControlPort.class, ControlException.class, Clock.class);
    }

    @Test
    void appending_before_authorizing_is_reported_also_through_helpers_and_lambdas() {
        List<String> violations = violations(classes()
                .that().haveSimpleName("AlphaHandler")
                .should(AuthorizeBeforeAppend.authorizeBeforeTheFirstAppend()));

        assertThat(violations).anySatisfy(v -> assertThat(v)
                .contains("appendsThenAuthorizes").contains("before it authorizes")
                .contains("ProcedureStreams.append at line"));
        assertThat(violations).anySatisfy(v -> assertThat(v)
                .contains("appendsInALambdaWithoutAuthorizing").contains("without calling Authorize.authorize"));
        assertThat(violations).anySatisfy(v -> assertThat(v)
                .contains("appendsThroughAHelperBeforeAuthorizing").contains("appendQuietly")
                .contains("which appends"));
        assertThat(violations).noneSatisfy(v -> assertThat(v).contains("authorizesThenAppendsThroughAHelper"));
        assertThat(violations).hasSize(3);
    }

    @Test
    void a_public_handler_method_without_authorize_is_reported() {
        List<String> violations = violations(classes()
                .that().haveSimpleName("AlphaHandler")
                .should(AuthorizeBeforeAppend.callAuthorizeInEveryPublicMethod()));

        assertThat(violations).anySatisfy(v -> assertThat(v).contains("appendsInALambdaWithoutAuthorizing(")
                .contains("never calls Authorize.authorize"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("readsASiblingSlice()"));
        assertThat(violations).hasSize(2);
    }

    @Test
    void a_slice_importing_its_sibling_is_reported() {
        List<String> violations = violations(classes()
                .that().resideInAPackage("..features..")
                .should(SliceIsolation.importNoSiblingSlice()));

        assertThat(violations).isNotEmpty().allSatisfy(v -> assertThat(v)
                .contains("slice 'alpha' imports sibling slice 'beta'").contains("BetaNote"));
    }

    @Test
    void a_decider_reading_the_clock_through_a_method_reference_is_reported() {
        List<String> violations = violations(PurityRulesTest.deciders_call_no_clock_random_id_or_io);

        assertThat(violations).anySatisfy(v -> assertThat(v).contains("java.time.Instant.now()"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("java.util.UUID.randomUUID()"));
    }

    @Test
    void a_decider_with_an_instance_method_is_reported() {
        List<String> violations = violations(PurityRulesTest.deciders_are_static_functions);

        assertThat(violations).anySatisfy(v -> assertThat(v).contains("ImpureDecider.decide()"));
    }

    @Test
    void catching_more_than_the_control_family_is_not_catching_the_family() {
        List<String> violations = violations(classes()
                .that().haveSimpleName("BroadCatchingWalk")
                .should(ErrorFamilyRulesTest.catchTheControlExceptionFamilyAroundEveryControlCall()));

        assertThat(violations).singleElement().satisfies(v -> assertThat(v)
                .contains("catchesEverything").contains("is not inside a try block that catches ControlException"));
    }

    @Test
    void an_adapter_named_after_its_pattern_is_reported() {
        assertThat(violations(NamingRulesTest.no_class_name_ends_with_impl_or_adapter))
                .singleElement().satisfies(v -> assertThat(v).contains("SystemClockAdapter"));
        assertThat(violations(classes().that().haveSimpleName("SystemClockAdapter")
                .should(NamingRulesTest.beNamedTechnologyThenPort())))
                .singleElement().satisfies(v -> assertThat(v).contains("is not named <Technology><Port>"));
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(FIXTURES).getFailureReport().getDetails();
    }
}
