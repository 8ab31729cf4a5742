package org.cora.domain.features.registerasset;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetAlreadyExistsError;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetRegistered;
import org.cora.domain.asset.AssetId;
import org.cora.domain.asset.AssetPort;
import org.cora.domain.asset.InvalidAssetNameError;
import org.cora.domain.asset.InvalidAssetPortError;
import org.cora.domain.shared.BoundedText;

/**
 * Invariants, in order: the name is 1..200 characters trimmed; every port is valid, in request
 * order; no two ports share a name; the stream of {@code newId} is empty. Emits one
 * {@code AssetRegistered}.
 */
public final class RegisterAssetDecider {

    public static final int NAME_MAX = 200;

    private RegisterAssetDecider() {
    }

    public static List<AssetEvent> decide(Asset state, RegisterAssetCommand command, AssetId newId, Instant now) {
        String name = BoundedText.trimmed(command.name(), NAME_MAX)
                .orElseThrow(() -> new InvalidAssetNameError(command.name()));
        List<AssetPort> ports = command.ports().stream().map(AssetPort::from).toList();
        Set<String> names = new HashSet<>();
        for (AssetPort port : ports) {
            if (!names.add(port.name())) {
                throw new InvalidAssetPortError("two ports are named '" + port.name() + "'");
            }
        }
        if (state != null) {
            throw new AssetAlreadyExistsError(newId);
        }
        return List.of(new AssetRegistered(newId, name, ports, now));
    }

}
