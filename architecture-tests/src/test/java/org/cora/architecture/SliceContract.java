package org.cora.architecture;

import static org.cora.architecture.Cora.APPLICATION_FEATURES;
import static org.cora.architecture.Cora.DOMAIN_FEATURES;
import static org.cora.architecture.Cora.HTTP_FEATURES;
import static org.cora.architecture.Cora.TOOL_FEATURES;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The slice contract: a slice is one name in every module. Slices are discovered from their
 * handlers ({@code org.cora.application.features.<slice>.<Slice>Handler}); each kind then needs:
 * <ul>
 *   <li>command slice: {@code <Slice>Command} and {@code <Slice>Decider} in
 *       {@code org.cora.domain.features.<slice>};</li>
 *   <li>query slice (it has {@code org.cora.application.features.<slice>.<Slice>Query}): no command,
 *       no decider;</li>
 *   <li>orchestration slice (listed in {@link #ORCHESTRATION_SLICES}): {@code <Slice>Command} in
 *       {@code org.cora.application.features.<slice>}, no decider;</li>
 *   <li>every slice: each of {@link #EVERY_SLICE_HAS}.</li>
 * </ul>
 */
final class SliceContract {

    /** Slices that orchestrate other slices and the Conductor: a command, no decider of their own. */
    static final Set<String> ORCHESTRATION_SLICES = Set.of("conductprocedure", "conductorholdprocedure",
            "conductfromprocedure");

    /** A class every slice has in another module: {@code <packagePrefix>.<slice>.<Slice><suffix>}. */
    record Companion(String module, String packagePrefix, String suffix) {

        String className(Slice slice) {
            return packagePrefix + "." + slice.name() + "." + slice.stem() + suffix;
        }
    }

    /**
     * What every slice, whatever its kind, has outside the domain and the application: its route, the
     * route's OpenAPI description beside it, and its MCP tool. This list is the extension point of the
     * contract; a slice missing one of them fails this suite.
     */
    static final List<Companion> EVERY_SLICE_HAS = List.of(
            new Companion("adapters-http", HTTP_FEATURES, "Route"),
            new Companion("adapters-http", HTTP_FEATURES, "Docs"),
            new Companion("tools", TOOL_FEATURES, "Tool"));

    enum Kind { COMMAND, QUERY, ORCHESTRATION }

    /** A slice: its package segment ({@code startprocedure}) and its class-name stem ({@code StartProcedure}). */
    record Slice(String name, String stem, Kind kind) {

        String handler() {
            return APPLICATION_FEATURES + "." + name + "." + stem + "Handler";
        }

        String applicationCommand() {
            return APPLICATION_FEATURES + "." + name + "." + stem + "Command";
        }

        String query() {
            return APPLICATION_FEATURES + "." + name + "." + stem + "Query";
        }

        String domainCommand() {
            return DOMAIN_FEATURES + "." + name + "." + stem + "Command";
        }

        String decider() {
            return DOMAIN_FEATURES + "." + name + "." + stem + "Decider";
        }
    }

    private SliceContract() {
    }

    /** Top-level classes named {@code *Handler} directly in a slice package of the application. */
    static final DescribedPredicate<JavaClass> SLICE_HANDLERS = DescribedPredicate.describe(
            "are slice handlers (" + APPLICATION_FEATURES + ".<slice>.<Slice>Handler)",
            c -> c.isTopLevelClass() && c.getSimpleName().endsWith("Handler")
                    && c.getPackageName().startsWith(APPLICATION_FEATURES + ".")
                    && c.getPackageName().indexOf('.', APPLICATION_FEATURES.length() + 1) < 0);

    static Slice sliceOf(JavaClass handler, JavaClasses classes) {
        String name = handler.getPackageName().substring(APPLICATION_FEATURES.length() + 1);
        String stem = handler.getSimpleName().substring(0, handler.getSimpleName().length() - "Handler".length());
        boolean query = classes.contain(APPLICATION_FEATURES + "." + name + "." + stem + "Query");
        Kind kind = query ? Kind.QUERY : ORCHESTRATION_SLICES.contains(name) ? Kind.ORCHESTRATION : Kind.COMMAND;
        return new Slice(name, stem, kind);
    }

    static DescribedPredicate<JavaClass> handlersOf(Kind kind, JavaClasses classes) {
        return DescribedPredicate.describe("are handlers of " + kind.name().toLowerCase() + " slices",
                c -> SLICE_HANDLERS.test(c) && sliceOf(c, classes).kind() == kind);
    }

    /** The slice names that have a handler. */
    static Set<String> sliceNames(JavaClasses classes) {
        Set<String> names = new TreeSet<>();
        for (JavaClass c : classes) {
            if (SLICE_HANDLERS.test(c)) {
                names.add(sliceOf(c, classes).name());
            }
        }
        return names;
    }

    /** The handler's slice has every class its kind requires, and none its kind forbids. */
    static ArchCondition<JavaClass> haveEveryClassTheirSliceKindRequires(JavaClasses classes) {
        return new ArchCondition<>("have every class their slice kind requires, across modules") {
            @Override
            public void check(JavaClass handler, ConditionEvents events) {
                Slice slice = sliceOf(handler, classes);
                List<String> problems = new ArrayList<>();
                if (!slice.name().equals(slice.stem().toLowerCase(Locale.ROOT))) {
                    problems.add("its package '" + slice.name() + "' is not its name '" + slice.stem()
                            + "' in lower case: rename one so that finding one class of the slice finds the rest");
                }
                switch (slice.kind()) {
                    case COMMAND -> {
                        require(classes, slice.domainCommand(), "domain", problems);
                        require(classes, slice.decider(), "domain", problems);
                        forbid(classes, slice.applicationCommand(), "a command slice keeps its command in the "
                                + "domain beside its decider; an orchestration slice must be listed in "
                                + "SliceContract.ORCHESTRATION_SLICES", problems);
                    }
                    case QUERY -> {
                        forbid(classes, slice.domainCommand(), "a slice is a command or a query, never both", problems);
                        forbid(classes, slice.applicationCommand(), "a slice is a command or a query, never both",
                                problems);
                        forbid(classes, slice.decider(), "a query decides nothing", problems);
                    }
                    case ORCHESTRATION -> {
                        require(classes, slice.applicationCommand(), "application", problems);
                        forbid(classes, slice.decider(), "an orchestration slice decides through the slices it "
                                + "drives; if it really decides, remove it from SliceContract.ORCHESTRATION_SLICES "
                                + "and move its command beside the decider in the domain", problems);
                    }
                }
                for (Companion companion : EVERY_SLICE_HAS) {
                    require(classes, companion.className(slice), companion.module(), problems);
                }
                String what = slice.kind().name().toLowerCase() + " slice '" + slice.name() + "' (" + handler.getName()
                        + ")";
                events.add(problems.isEmpty()
                        ? SimpleConditionEvent.satisfied(handler, what + " is complete")
                        : SimpleConditionEvent.violated(handler, what + ": " + String.join("; ", problems)));
            }
        };
    }

    private static void require(JavaClasses classes, String className, String module, List<String> problems) {
        if (!classes.contain(className)) {
            problems.add("add " + className + " (module " + module + ")");
        }
    }

    private static void forbid(JavaClasses classes, String className, String why, List<String> problems) {
        if (classes.contain(className)) {
            problems.add("remove " + className + ": " + why);
        }
    }
}
