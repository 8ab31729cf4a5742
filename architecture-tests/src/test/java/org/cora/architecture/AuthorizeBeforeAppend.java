package org.cora.architecture;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cora.application.port.Authorize;
import org.cora.application.port.EventStore;
import org.cora.application.port.JournalStore;
import org.cora.application.port.Transactions;
import org.cora.application.procedure.ProcedureStreams;

/**
 * The conditions behind the handler rules, read from bytecode: which calls authorize, which calls
 * append (directly, or through a concrete Cora method that appends, such as
 * {@code ConductPreparation.resolveAndPinDurably}), and in which source line each one sits. Calls
 * inside lambdas count as calls of the method that declares the lambda.
 */
final class AuthorizeBeforeAppend {

    /** A call that writes: its owner (or a subtype of it) and its name. */
    record Write(Class<?> owner, String name) {

        boolean matches(AccessTarget target) {
            return target.getName().equals(name) && target.getOwner().isAssignableTo(owner);
        }

        @Override
        public String toString() {
            return owner.getSimpleName() + "." + name;
        }
    }

    static final List<Write> WRITES = List.of(
            new Write(ProcedureStreams.class, "append"),
            new Write(EventStore.class, "append"),
            new Write(JournalStore.class, "append"),
            new Write(Transactions.class, "inTransaction"));

    private AuthorizeBeforeAppend() {
    }

    static boolean isAuthorize(AccessTarget target) {
        return target.getName().equals("authorize") && target.getOwner().isAssignableTo(Authorize.class);
    }

    /** Public instance methods written by hand: the entry points of a handler. */
    static List<JavaMethod> entryPoints(JavaClass handler) {
        return handler.getMethods().stream()
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(m -> !m.getModifiers().contains(JavaModifier.STATIC))
                .filter(m -> !m.getModifiers().contains(JavaModifier.SYNTHETIC))
                .filter(m -> !m.getModifiers().contains(JavaModifier.BRIDGE))
                .sorted(Comparator.comparing(JavaMethod::getFullName))
                .toList();
    }

    /** Every public method of the handler calls {@code Authorize.authorize}. */
    static ArchCondition<JavaClass> callAuthorizeInEveryPublicMethod() {
        return new ArchCondition<>("call Authorize.authorize in every public method") {
            @Override
            public void check(JavaClass handler, ConditionEvents events) {
                List<JavaMethod> entryPoints = entryPoints(handler);
                if (entryPoints.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(handler, handler.getName() + " has no public method: "
                            + "a handler is called through a public handle(command or query, caller)"));
                }
                for (JavaMethod method : entryPoints) {
                    boolean ok = method.getMethodCallsFromSelf().stream().anyMatch(c -> isAuthorize(c.getTarget()));
                    events.add(new SimpleConditionEvent(method, ok, method.getFullName()
                            + (ok ? " calls" : " never calls") + " Authorize.authorize: start it with "
                            + "authorize.authorize(caller.principal(), COMMAND_NAME) (or QUERY_NAME)"));
                }
            }
        };
    }

    /** In each non-private method, the first authorize sits on a line before the first append. */
    static ArchCondition<JavaClass> authorizeBeforeTheFirstAppend() {
        return new ArchCondition<>("authorize before the first append") {
            private final Map<JavaCodeUnit, Boolean> memo = new HashMap<>();

            @Override
            public void check(JavaClass handler, ConditionEvents events) {
                for (JavaMethod method : handler.getMethods()) {
                    if (method.getModifiers().contains(JavaModifier.PRIVATE)
                            || method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        continue; // private helpers are judged where a checked method calls them
                    }
                    check(method, events);
                }
            }

            private void check(JavaMethod method, ConditionEvents events) {
                Optional<JavaAccess<?>> firstWrite = accessesOf(method).stream()
                        .filter(a -> writes(a.getTarget(), memo))
                        .min(Comparator.comparingInt(JavaAccess::getLineNumber));
                if (firstWrite.isEmpty()) {
                    return;
                }
                Optional<JavaAccess<?>> firstAuthorize = accessesOf(method).stream()
                        .filter(a -> isAuthorize(a.getTarget()))
                        .min(Comparator.comparingInt(JavaAccess::getLineNumber));
                String write = describe(firstWrite.get());
                if (firstAuthorize.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " appends (" + write
                            + ") without calling Authorize.authorize: authorize first, before loading or appending"));
                } else if (firstAuthorize.get().getLineNumber() >= firstWrite.get().getLineNumber()) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " appends (" + write
                            + ") before it authorizes (" + describe(firstAuthorize.get()) + "): move "
                            + "authorize.authorize(..) to the top of the method, before loading or appending"));
                } else {
                    events.add(SimpleConditionEvent.satisfied(method, method.getFullName() + " authorizes first"));
                }
            }
        };
    }

    private static List<JavaAccess<?>> accessesOf(JavaCodeUnit codeUnit) {
        List<JavaAccess<?>> accesses = new ArrayList<>(codeUnit.getCallsFromSelf());
        accesses.addAll(codeUnit.getCodeUnitReferencesFromSelf());
        return accesses;
    }

    /** Whether a call to {@code target} appends: it is a write, or a Cora method whose body reaches one. */
    private static boolean writes(AccessTarget target, Map<JavaCodeUnit, Boolean> memo) {
        if (WRITES.stream().anyMatch(w -> w.matches(target))) {
            return true;
        }
        if (!target.getOwner().getPackageName().startsWith(Cora.ROOT + ".")) {
            return false;
        }
        Optional<? extends JavaMember> resolved = target.resolveMember();
        if (resolved.isEmpty() || !(resolved.get() instanceof JavaCodeUnit body)) {
            return false;
        }
        Boolean known = memo.get(body);
        if (known != null) {
            return known;
        }
        memo.put(body, false); // a cycle reaches no write it would not reach otherwise
        boolean reaches = accessesOf(body).stream().anyMatch(a -> writes(a.getTarget(), memo));
        memo.put(body, reaches);
        return reaches;
    }

    private static String describe(JavaAccess<?> access) {
        String name = access.getTarget().getOwner().getSimpleName() + "." + access.getTarget().getName();
        String via = WRITES.stream().anyMatch(w -> w.matches(access.getTarget())) || isAuthorize(access.getTarget())
                ? "" : ", which appends";
        return name + " at line " + access.getLineNumber() + via;
    }
}
