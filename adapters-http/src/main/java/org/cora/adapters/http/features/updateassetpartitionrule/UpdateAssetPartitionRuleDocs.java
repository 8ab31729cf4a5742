package org.cora.adapters.http.features.updateassetpartitionrule;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link UpdateAssetPartitionRuleRoute}. */
@Component
final class UpdateAssetPartitionRuleDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(UpdateAssetPartitionRuleRoute.class, "Set or clear an Asset's partition rule")
                .description("The rule makes the Asset a pseudo-axis: how a command splits into setpoints of its "
                        + "constituents. null clears it.")
                .request("a lookup table", """
                        {
                          "partition_rule": {
                            "kind": "LookupTable",
                            "calibration_id": "0193a7c2-4017-7094-a4d4-40d04f335005",
                            "calibration_revision_id": "0193a7c2-412c-765b-acf8-4d4fa0acab82",
                            "interpolation_kind": "Linear",
                            "extrapolation_kind": "Error",
                            "invertible": true
                          }
                        }""")
                .request("clear the rule", """
                        {"partition_rule": null}""")
                .noContent(204, "set")
                .error(404, "AssetNotFoundError", "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d not found")
                .error(409, "AssetDecommissionedError",
                        "Asset 0193a7c2-3db0-71d0-bfea-d7514e06094d is Decommissioned; nothing more may change on "
                                + "it")
                .error(422, "InvalidPartitionRuleError",
                        "partition_rule.kind must be one of [Affine, Aggregation, CompositePartition, LookupTable, "
                                + "SolverReference], got Nope")
                .error(422, "PartitionRuleNotSupportedError",
                        "partition rule SolverReference mono.bragg 2.0 is not supported here");
    }
}
