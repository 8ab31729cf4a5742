package org.cora.adapters.hardware;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;

/**
 * One declared address of a simulated beamline, as the model file states it.
 *
 * @param follows the address whose position or written value this readback shows, or null for an
 *                address that holds its own value (a readback is always read-only)
 * @param motor   how the address moves when written, or null when a write simply lands (after
 *                {@code writeLatency})
 * @param alarm   the alarm limits its value is judged against, or null for none
 * @param noise   the standard deviation of the Gaussian noise on every reading of a readback; 0 for none
 */
record AddressModel(String address, ValueShape shape, Json initial, Quality quality, String qualityDetail,
                    boolean connected, boolean readOnly, Duration writeLatency, String follows,
                    String units, MotorModel motor, AlarmLimits alarm, double noise) {

    AddressModel {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(quality, "quality");
        qualityDetail = qualityDetail == null ? "" : qualityDetail;
        writeLatency = writeLatency == null ? Duration.ZERO : writeLatency;
        readOnly = readOnly || follows != null;
        units = units == null ? "" : units;
    }

    /** A plain address: no readback, motion, alarm limits or noise. */
    static AddressModel plain(String address, ValueShape shape, Json initial, boolean readOnly) {
        return new AddressModel(address, shape, initial, Quality.Good, "", true, readOnly, Duration.ZERO, null,
                "", null, null, 0);
    }

    /** How a protocol server should publish this address. */
    ChannelDescription describe() {
        ChannelDescription.ValueType type = switch (shape) {
            case ValueShape.NumericShape n -> ChannelDescription.ValueType.NUMBER;
            case ValueShape.BooleanShape b -> ChannelDescription.ValueType.BOOLEAN;
            case ValueShape.TextShape t -> ChannelDescription.ValueType.TEXT;
            case ValueShape.EnumShape e -> ChannelDescription.ValueType.ENUM;
            case ValueShape.ArrayShape a -> ChannelDescription.ValueType.NUMBER_ARRAY;
        };
        List<String> labels = shape instanceof ValueShape.EnumShape e ? e.labels() : List.of();
        BigDecimal low = shape instanceof ValueShape.NumericShape n ? n.low() : null;
        BigDecimal high = shape instanceof ValueShape.NumericShape n ? n.high() : null;
        int maxElements = initial instanceof Json.Arr array ? Math.max(array.items().size(), MIN_ARRAY_CAPACITY) : 1;
        return new ChannelDescription(address, type, labels, !readOnly, low, high, units, maxElements);
    }

    /** Arrays are published with room for at least this many elements, so they may grow when written. */
    static final int MIN_ARRAY_CAPACITY = 1024;

    boolean isReadback() {
        return follows != null;
    }

    boolean isMotor() {
        return motor != null;
    }
}
