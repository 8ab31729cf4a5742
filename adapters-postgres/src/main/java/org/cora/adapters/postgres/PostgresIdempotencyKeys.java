package org.cora.adapters.postgres;

import static org.cora.adapters.postgres.generated.Tables.IDEMPOTENCY_KEYS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.cora.adapters.postgres.generated.tables.records.IdempotencyKeysRecord;
import org.cora.application.port.CreatedResponse;
import org.cora.application.port.IdempotencyKeys;
import org.cora.application.port.RememberedCreate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Remembered creates in {@code idempotency_keys}. A claim is a transaction-scoped advisory lock on
 * (principal, key): a second claim of the pair waits until the first transaction commits or rolls
 * back, and since PostgreSQL makes a commit visible before it releases the transaction's locks,
 * the read after the lock sees whatever the first one remembered. Rows are never updated: an
 * expired row is deleted, by the claim that reuses its key or by {@link #purgeExpired}.
 */
public final class PostgresIdempotencyKeys implements IdempotencyKeys {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DSLContext dsl;

    public PostgresIdempotencyKeys(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<RememberedCreate> claim(String principal, String key, Instant now) {
        if (!PostgresTransactions.isActive()) {
            throw new IllegalStateException("an idempotency key is claimed inside the create's transaction: "
                    + "use Transactions.inTransaction");
        }
        dsl.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 0))", Object.class,
                DSL.val(lockName(principal, key)))).fetch();
        dsl.deleteFrom(IDEMPOTENCY_KEYS).where(pair(principal, key)).and(IDEMPOTENCY_KEYS.EXPIRES_AT.le(at(now)))
                .execute();
        return dsl.selectFrom(IDEMPOTENCY_KEYS).where(pair(principal, key)).fetchOptional(PostgresIdempotencyKeys::remembered);
    }

    @Override
    public void remember(RememberedCreate create) {
        CreatedResponse response = create.response();
        try {
            dsl.insertInto(IDEMPOTENCY_KEYS)
                    .set(IDEMPOTENCY_KEYS.PRINCIPAL, create.principal())
                    .set(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY, create.key())
                    .set(IDEMPOTENCY_KEYS.REQUEST_SHA256, create.requestSha256())
                    .set(IDEMPOTENCY_KEYS.RESPONSE_STATUS, response.status())
                    .set(IDEMPOTENCY_KEYS.RESPONSE_LOCATION, response.location())
                    .set(IDEMPOTENCY_KEYS.RESPONSE_BODY, JsonbCodec.toJsonb(response.body()))
                    .set(IDEMPOTENCY_KEYS.CREATED_AT, at(create.createdAt()))
                    .set(IDEMPOTENCY_KEYS.EXPIRES_AT, at(create.expiresAt()))
                    .execute();
        } catch (DataAccessException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw new IllegalStateException("idempotency key already remembered for this principal: "
                        + "remember only under a claim that found nothing", e);
            }
            throw e;
        }
    }

    @Override
    public int purgeExpired(Instant now) {
        return dsl.deleteFrom(IDEMPOTENCY_KEYS).where(IDEMPOTENCY_KEYS.EXPIRES_AT.le(at(now))).execute();
    }

    /** Length-prefixed, so that no other (principal, key) pair spells the same name. */
    private static String lockName(String principal, String key) {
        return "IdempotencyKey:" + principal.length() + ":" + principal + ":" + key;
    }

    private static Condition pair(String principal, String key) {
        return IDEMPOTENCY_KEYS.PRINCIPAL.eq(principal).and(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key));
    }

    private static RememberedCreate remembered(IdempotencyKeysRecord r) {
        CreatedResponse response = new CreatedResponse(r.getResponseStatus(), r.getResponseLocation(),
                JsonbCodec.fromJsonb(r.getResponseBody(), "idempotency_keys.response_body"));
        return new RememberedCreate(r.getPrincipal(), r.getIdempotencyKey(), r.getRequestSha256(), response,
                r.getCreatedAt().toInstant(), r.getExpiresAt().toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
