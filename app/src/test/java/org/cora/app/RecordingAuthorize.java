package org.cora.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cora.application.port.Authorize;
import org.cora.domain.shared.UnauthorizedError;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The wired policy with a recorder around it: every question in the order it was asked, and,
 * for a test, one command refused on top of what the policy decides.
 */
final class RecordingAuthorize implements Authorize {

    record Question(String principal, String commandName) {
    }

    private final Authorize policy;
    private final List<Question> asked = new CopyOnWriteArrayList<>();
    private volatile Question refused;

    private RecordingAuthorize(Authorize policy) {
        this.policy = policy;
    }

    /** Wraps the context's {@link Authorize} bean, so every handler asks through the recorder. */
    static BeanPostProcessor aroundThePolicy() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Authorize policy && !(bean instanceof RecordingAuthorize)
                        ? new RecordingAuthorize(policy) : bean;
            }
        };
    }

    @Override
    public void authorize(String principal, String commandName) {
        asked.add(new Question(principal, commandName));
        if (new Question(principal, commandName).equals(refused)) {
            throw new UnauthorizedError(principal, commandName, "refused by the test");
        }
        policy.authorize(principal, commandName);
    }

    /** The command and query names {@code principal} was asked about, in order. */
    List<String> askedFor(String principal) {
        return asked.stream().filter(q -> q.principal().equals(principal)).map(Question::commandName).toList();
    }

    /** Refuses {@code commandName} to {@code principal} until {@link #forget()}. */
    void refuse(String principal, String commandName) {
        refused = new Question(principal, commandName);
    }

    void forget() {
        asked.clear();
        refused = null;
    }
}
