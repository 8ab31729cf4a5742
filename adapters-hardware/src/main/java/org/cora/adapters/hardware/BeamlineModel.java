package org.cora.adapters.hardware;

import java.util.List;

/**
 * A simulated beamline as its model file declares it: addresses, detectors, and the seed that
 * makes the detectors' noise reproducible.
 */
record BeamlineModel(List<AddressModel> addresses, List<DetectorModel> detectors, long seed) {

    BeamlineModel {
        addresses = List.copyOf(addresses);
        detectors = List.copyOf(detectors);
    }
}
