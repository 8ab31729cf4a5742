package org.cora.domain.features.registerasset;

import java.util.List;
import org.cora.domain.asset.PortSpec;

/** Register a new Asset, Commissioned, with the ports it declares; the handler gives it a fresh id. */
public record RegisterAssetCommand(String name, List<PortSpec> ports) {

    public RegisterAssetCommand {
        ports = ports == null ? List.of() : List.copyOf(ports);
    }
}
