package org.cora.domain.asset;

import java.util.Objects;
import java.util.UUID;

public record AssetId(UUID value) {

    public AssetId {
        Objects.requireNonNull(value, "value");
    }

    public static AssetId of(String raw) {
        return new AssetId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
