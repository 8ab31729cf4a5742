package org.cora.adapters.hardware;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A simulated beamline as its model file declares it: addresses, detectors, the seed that makes
 * the detectors' and readbacks' noise reproducible, how often moving motors update their
 * readbacks, and the actions the model offers.
 */
record BeamlineModel(List<AddressModel> addresses, List<DetectorModel> detectors, long seed, Duration tick,
                     ActionCatalog actions) {

    static final Duration DEFAULT_TICK = Duration.ofMillis(20);

    BeamlineModel {
        addresses = List.copyOf(addresses);
        detectors = List.copyOf(detectors);
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(actions, "actions");
    }
}
