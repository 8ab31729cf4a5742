package org.cora.domain.shared;

import java.util.UUID;

/** Where the domain gets new ids: UUIDv7 in production, so ids sort by creation time. */
@FunctionalInterface
public interface IdGenerator {

    UUID newId();
}
