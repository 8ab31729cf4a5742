package org.cora.domain.asset;

import java.util.Objects;
import org.cora.domain.shared.BoundedText;

/** A port an Asset declares: name 1..100 trimmed, direction, signal type 1..50 trimmed (such as TTL, Encoder). */
public record AssetPort(String name, PortDirection direction, String signalType) {

    public static final int NAME_MAX = 100;
    public static final int SIGNAL_TYPE_MAX = 50;

    public AssetPort {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(signalType, "signalType");
    }

    /** Validates {@code spec} in the order name, direction, signal type; {@link InvalidAssetPortError} otherwise. */
    public static AssetPort from(PortSpec spec) {
        String name = portName(spec.name());
        PortDirection direction = direction(spec.direction());
        String signalType = BoundedText.trimmed(spec.signalType(), SIGNAL_TYPE_MAX)
                .orElseThrow(() -> new InvalidAssetPortError("signal_type must be 1.." + SIGNAL_TYPE_MAX
                        + " characters after trimming, got " + BoundedText.describe(spec.signalType())));
        return new AssetPort(name, direction, signalType);
    }

    /** A port name trimmed, 1..100 characters, or {@link InvalidAssetPortError}. */
    public static String portName(String raw) {
        return BoundedText.trimmed(raw, NAME_MAX).orElseThrow(() -> new InvalidAssetPortError(
                "name must be 1.." + NAME_MAX + " characters after trimming, got " + BoundedText.describe(raw)));
    }

    private static PortDirection direction(String raw) {
        for (PortDirection direction : PortDirection.values()) {
            if (direction.name().equals(raw)) {
                return direction;
            }
        }
        throw new InvalidAssetPortError("direction must be Input or Output, got "
                + (raw == null ? "nothing" : "'" + raw + "'"));
    }
}
