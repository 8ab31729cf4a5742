package org.cora.domain.features.removeplanwire;

import java.util.UUID;
import org.cora.domain.plan.PlanId;

/** Remove one wire of the Plan, named by its 4-tuple. */
public record RemovePlanWireCommand(PlanId planId, UUID sourceAssetId, String sourcePortName, UUID targetAssetId,
                                    String targetPortName) {
}
