package org.cora.application.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.cora.application.port.Authorize;
import org.cora.application.port.CreatedResponse;
import org.cora.application.port.IdempotencyKeys;
import org.cora.application.port.RememberedCreate;
import org.cora.application.port.Transactions;
import org.cora.domain.shared.Clock;

/**
 * Runs a create at most once per principal and {@code Idempotency-Key}, and answers every retry
 * with the first answer, for {@code retention} after it.
 *
 * <p>Exactly once, because the key and the aggregate commit together. In one transaction the key
 * is claimed ({@link IdempotencyKeys#claim} holds it against every concurrent claim until the
 * transaction ends), looked up, and, when it is new, the create runs (its handler appends through
 * the event store, which joins the enclosing transaction) and its answer is remembered. So:
 * <ul>
 *   <li>two requests with one key: the second waits at the claim until the first commits, then
 *       finds its answer and replays it; it never runs the create;</li>
 *   <li>a crash, a lost connection or any failure after the events are appended but before the
 *       answer is remembered rolls back both: the retry finds neither, and creates once;</li>
 *   <li>a create that is refused (a domain error) rolls back its claim too: a refusal is not
 *       remembered, and the retry is judged afresh.</li>
 * </ul>
 * The alternative, deriving the new aggregate's id from (principal, key) so that a retry lands on
 * the existing stream, was not chosen: it would still need the request's hash stored somewhere to
 * tell a retry from a reused key, would turn a retry into a {@code *AlreadyExistsError} to be
 * translated back into the first answer per aggregate, and would give up time-ordered UUIDv7 ids.
 *
 * <p>Replaying an answer is answering the command, so it is authorized by the command's name
 * first, like the create itself.
 */
public final class IdempotentCreates {

    private final Authorize authorize;
    private final Transactions transactions;
    private final IdempotencyKeys keys;
    private final Clock clock;
    private final Duration retention;

    public IdempotentCreates(Authorize authorize, Transactions transactions, IdempotencyKeys keys, Clock clock,
                             Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention of idempotency keys must be positive, got " + retention);
        }
        this.authorize = authorize;
        this.transactions = transactions;
        this.keys = keys;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Runs {@code create} (which appends and answers) unless the key already answered this request;
     * a key that answered a different request raises {@link IdempotencyKeyReusedError}.
     */
    public CreateAnswer create(KeyedRequest request, String commandName, Supplier<CreatedResponse> create) {
        authorize.authorize(request.principal(), commandName);
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            Optional<RememberedCreate> known = keys.claim(request.principal(), request.key().value(), now);
            if (known.isPresent()) {
                return replay(known.get(), request);
            }
            CreatedResponse response = create.get();
            keys.remember(new RememberedCreate(request.principal(), request.key().value(), request.requestSha256(),
                    response, now, now.plus(retention)));
            return new CreateAnswer(response, false);
        });
    }

    /** Forgets the keys whose retention has run out; returns how many. */
    public int purgeExpired() {
        return keys.purgeExpired(clock.now());
    }

    public Duration retention() {
        return retention;
    }

    private static CreateAnswer replay(RememberedCreate known, KeyedRequest request) {
        if (!known.requestSha256().equals(request.requestSha256())) {
            throw new IdempotencyKeyReusedError(request.key().value());
        }
        return new CreateAnswer(known.response(), true);
    }
}
