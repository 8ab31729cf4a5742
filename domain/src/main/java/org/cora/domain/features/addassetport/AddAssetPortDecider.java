package org.cora.domain.features.addassetport;

import java.time.Instant;
import java.util.List;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetDecommissionedError;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetPortAdded;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.AssetPort;
import org.cora.domain.asset.AssetPortAlreadyExistsError;

/**
 * Invariants, in order: the Asset exists; the port is valid; the Asset is not Decommissioned; no
 * port has that name yet (strict: re-adding the same port is refused). Emits {@code AssetPortAdded}.
 */
public final class AddAssetPortDecider {

    private AddAssetPortDecider() {
    }

    public static List<AssetEvent> decide(Asset state, AddAssetPortCommand command, Instant now) {
        if (state == null) {
            throw new AssetNotFoundError(command.assetId());
        }
        AssetPort port = AssetPort.from(command.port());
        if (state.isDecommissioned()) {
            throw new AssetDecommissionedError(state.id(), "add a port");
        }
        if (state.port(port.name()).isPresent()) {
            throw new AssetPortAlreadyExistsError(state.id(), port.name());
        }
        return List.of(new AssetPortAdded(state.id(), port, now));
    }
}
