package org.cora.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cora.domain.conductor.Conductor;
import org.cora.domain.control.ControlException;
import org.cora.domain.shared.DomainError;

/** Closed exception families: control failures are caught as a family, domain errors all have a status. */
@AnalyzeClasses(packages = Cora.ROOT, importOptions = {DoNotIncludeTests.class, OnlyCoraBytecode.class})
class ErrorFamilyRulesTest {

    static final String CONTROL = "org.cora.domain.control";
    static final String CONDUCTOR = "org.cora.domain.conductor";
    /** Where the HTTP adapter is expected to publish its table; any class of the adapter may hold it. */
    static final String EXPECTED_MAPPING = "org.cora.adapters.http.ProblemMapping.statusByErrorClass()";

    @ArchTest
    static final ArchRule control_exceptions_are_a_sealed_family_declared_in_the_control_package = classes()
            .that().areAssignableTo(ControlException.class)
            .and().doNotHaveFullyQualifiedName(ControlException.class.getName())
            .should(beAPermittedSubclassOfTheSealedControlException())
            .because("the Conductor turns exactly the ControlException family into recorded step failures and lets "
                    + "everything else propagate: a new control failure is a new final class in " + CONTROL
                    + ", added to ControlException's permits clause (the compiler then finds every switch that "
                    + "forgot it)")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule the_conductor_catches_the_control_exception_family = classes()
            .that().resideInAPackage(CONDUCTOR)
            .should(catchTheControlExceptionFamilyAroundEveryControlCall())
            .because("a control failure is a recorded step failure, never an escaped exception: wrap each call "
                    + "that throws ControlException in try { .. } catch (ControlException e) and record "
                    + "e.errorClass(); catch the family, not one member, so a new member is caught too")
            .allowEmptyShould(false);

    @ArchTest
    static void every_domain_error_is_mapped_to_an_http_status(JavaClasses classes) {
        Map<String, Integer> statuses = statusByErrorClassName(classes);
        classes()
                .that().areAssignableTo(DomainError.class)
                .and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should(haveAnHttpStatusIn(statuses))
                .because("every refusal reaches clients as a problem-details response with a deliberate status: "
                        + "add the error class to the HTTP adapter's table (" + EXPECTED_MAPPING
                        + ") with its status, instead of letting it fall through to 500")
                .allowEmptyShould(false)
                .check(classes);
    }

    private static ArchCondition<JavaClass> beAPermittedSubclassOfTheSealedControlException() {
        return new ArchCondition<>("be permitted subclasses of the sealed ControlException, in " + CONTROL) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Set<String> permitted = ControlException.class.isSealed()
                        ? Arrays.stream(ControlException.class.getPermittedSubclasses()).map(Class::getName)
                                .collect(Collectors.toSet())
                        : Set.of();
                if (!ControlException.class.isSealed()) {
                    events.add(SimpleConditionEvent.violated(c, ControlException.class.getName() + " is not sealed: "
                            + "declare it 'sealed ... permits' its members, so the family stays closed"));
                }
                if (!permitted.contains(c.getName())) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " extends ControlException but is not "
                            + "in its permits clause: make it a direct, final member listed in the permits clause"));
                }
                if (!c.getPackageName().equals(CONTROL)) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " declares a control failure outside "
                            + CONTROL + ": move it there"));
                }
            }
        };
    }

    static ArchCondition<JavaClass> catchTheControlExceptionFamilyAroundEveryControlCall() {
        return new ArchCondition<>("catch ControlException around every call that throws it") {
            private boolean caughtSomewhere;

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                caughtSomewhere = false;
            }

            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaCodeUnit codeUnit : c.getCodeUnits()) {
                    if (c.isEquivalentTo(Conductor.class) && codeUnit.getModifiers().contains(JavaModifier.PUBLIC)
                            && declaresControlException(codeUnit.getExceptionTypes())) {
                        events.add(SimpleConditionEvent.violated(codeUnit, codeUnit.getFullName() + " lets "
                                + "ControlException escape the Conductor: catch it in the walk and record the step "
                                + "as failed"));
                    }
                    caughtSomewhere |= codeUnit.getTryCatchBlocks().stream()
                            .anyMatch(ErrorFamilyRulesTest::catchesFamily);
                    if (declaresControlException(codeUnit.getExceptionTypes())) {
                        continue; // it passes the failure on to a caller in this package, which is checked
                    }
                    for (JavaAccess<?> call : codeUnit.getCallsFromSelf()) {
                        if (!(call.getTarget() instanceof CodeUnitAccessTarget t)
                                || !declaresControlException(t.getThrowsClause().getTypes())) {
                            continue;
                        }
                        boolean caught = call.getContainingTryBlocks().stream()
                                .anyMatch(ErrorFamilyRulesTest::catchesFamily);
                        events.add(new SimpleConditionEvent(call, caught, call.getDescription()
                                + (caught ? " is" : " is not") + " inside a try block that catches ControlException"));
                    }
                }
            }

            @Override
            public void finish(ConditionEvents events) {
                if (!caughtSomewhere) {
                    events.add(SimpleConditionEvent.violated(CONDUCTOR, "no class in " + CONDUCTOR
                            + " catches ControlException: the step walk must catch the family and record it"));
                }
            }
        };
    }

    private static boolean catchesFamily(TryCatchBlock block) {
        return block.getCaughtThrowables().stream().anyMatch(t -> t.isEquivalentTo(ControlException.class));
    }

    private static boolean declaresControlException(List<JavaClass> thrown) {
        return thrown.stream().anyMatch(t -> t.isAssignableTo(ControlException.class));
    }

    private static ArchCondition<JavaClass> haveAnHttpStatusIn(Map<String, Integer> statuses) {
        return new ArchCondition<>("have an HTTP status in " + EXPECTED_MAPPING) {
            @Override
            public void check(JavaClass error, ConditionEvents events) {
                Integer status = statuses.get(error.getName());
                if (status == null) {
                    events.add(SimpleConditionEvent.violated(error, error.getName() + " has no HTTP status: add "
                            + error.getSimpleName() + ".class to " + EXPECTED_MAPPING));
                } else if (status < 400 || status > 599) {
                    events.add(SimpleConditionEvent.violated(error, error.getName() + " is mapped to " + status
                            + ", which is not an error status: map it to a 4xx (the caller can fix it) or a 5xx"));
                } else {
                    events.add(SimpleConditionEvent.satisfied(error, error.getName() + " is mapped to " + status));
                }
            }
        };
    }

    /**
     * Finds the HTTP adapter's table by its type: a public static no-argument method of a class in
     * {@code org.cora.adapters.http..} returning {@code Map<Class<? extends DomainError>, Integer>}.
     */
    static Map<String, Integer> statusByErrorClassName(JavaClasses classes) {
        List<JavaMethod> candidates = classes.stream()
                .filter(c -> c.getPackageName().startsWith("org.cora.adapters.http"))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getModifiers().containsAll(Set.of(JavaModifier.PUBLIC, JavaModifier.STATIC)))
                .filter(m -> m.getRawParameterTypes().isEmpty())
                .filter(m -> m.getRawReturnType().isEquivalentTo(Map.class))
                .filter(m -> isErrorStatusTable(m.reflect().getGenericReturnType()))
                .toList();
        assertThat(candidates)
                .as("the HTTP adapter must publish its error-to-status table as exactly one public static method "
                        + "returning Map<Class<? extends DomainError>, Integer>, expected as " + EXPECTED_MAPPING
                        + "; found " + candidates.stream().map(JavaMethod::getFullName).toList())
                .hasSize(1);
        Method method = candidates.get(0).reflect();
        try {
            Map<?, ?> table = (Map<?, ?>) method.invoke(null);
            return table.entrySet().stream().collect(Collectors.toMap(
                    e -> ((Class<?>) e.getKey()).getName(), e -> (Integer) e.getValue()));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("could not read " + method + ": " + e, e);
        }
    }

    private static boolean isErrorStatusTable(Type type) {
        if (!(type instanceof ParameterizedType map) || map.getActualTypeArguments().length != 2) {
            return false;
        }
        Type key = map.getActualTypeArguments()[0];
        Type value = map.getActualTypeArguments()[1];
        if (!value.equals(Integer.class) || !(key instanceof ParameterizedType classOf)
                || !classOf.getRawType().equals(Class.class)) {
            return false;
        }
        Type bound = classOf.getActualTypeArguments()[0];
        return bound instanceof WildcardType w && Arrays.asList(w.getUpperBounds()).contains(DomainError.class);
    }
}
