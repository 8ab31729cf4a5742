package org.cora.adapters.hardware;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a server needs to know to publish one simulated address over a protocol: its value type,
 * labels, whether clients may write it, its soft limits (null when absent) and its engineering
 * units ("" when the model gives none; a readback has those of the address it follows).
 *
 * @param maxElements for {@link ValueType#NUMBER_ARRAY}, the most elements it will hold (at least
 *                    the current length); 1 otherwise
 */
public record ChannelDescription(String address, ValueType type, List<String> labels, boolean writable,
                                 BigDecimal low, BigDecimal high, String units, int maxElements) {

    /** The protocol-level type of a simulated address. */
    public enum ValueType { NUMBER, BOOLEAN, TEXT, ENUM, NUMBER_ARRAY }

    public ChannelDescription {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        labels = List.copyOf(labels);
        units = units == null ? "" : units;
        if (maxElements < 1) {
            throw new IllegalArgumentException("maxElements must be at least 1");
        }
    }
}
