package org.cora.adapters.hardware;

import java.time.Duration;
import java.util.Objects;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;

/**
 * One declared address of a simulated beamline, as the model file states it.
 *
 * @param follows the address whose written values this readback shows, or null for an address
 *                that holds its own value (a readback is always read-only)
 */
record AddressModel(String address, ValueShape shape, Json initial, Quality quality, String qualityDetail,
                    boolean connected, boolean readOnly, Duration writeLatency, String follows) {

    AddressModel {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(quality, "quality");
        qualityDetail = qualityDetail == null ? "" : qualityDetail;
        writeLatency = writeLatency == null ? Duration.ZERO : writeLatency;
        readOnly = readOnly || follows != null;
    }

    boolean isReadback() {
        return follows != null;
    }
}
