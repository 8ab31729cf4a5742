package org.cora.domain.features.addplanwire;

import java.util.UUID;
import org.cora.domain.plan.PlanId;

/** Wire an Output port of one Asset of the Plan to an Input port of another (or the same). */
public record AddPlanWireCommand(PlanId planId, UUID sourceAssetId, String sourcePortName, UUID targetAssetId,
                                 String targetPortName) {
}
