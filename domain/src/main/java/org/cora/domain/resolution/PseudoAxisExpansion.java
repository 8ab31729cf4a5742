package org.cora.domain.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cora.domain.asset.partition.PartitionEvaluator;
import org.cora.domain.json.Json;
import org.cora.domain.step.SetpointStep;
import org.cora.domain.step.SetpointValue;
import org.cora.domain.step.Step;

/**
 * Rewrites every setpoint on {@code pseudoaxis://<asset-id>} into one setpoint per constituent,
 * at the constituent's real control address, with the value its partition rule gives; other
 * steps pass through in order. The constituent setpoints do not inherit {@code verify}: an author
 * who wants a read-back adds a check.
 */
public final class PseudoAxisExpansion {

    public static final String SCHEME = "pseudoaxis://";

    private PseudoAxisExpansion() {
    }

    public static ResolvedSteps expand(List<Step> steps, PseudoAxisResolver resolver) {
        List<Step> out = new ArrayList<>(steps.size());
        List<Json.Obj> derivations = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof SetpointStep setpoint && setpoint.address().startsWith(SCHEME)) {
                expandOne(setpoint, resolver, out, derivations);
            } else {
                out.add(step);
            }
        }
        return new ResolvedSteps(out, derivations);
    }

    private static void expandOne(SetpointStep setpoint, PseudoAxisResolver resolver, List<Step> out,
                                  List<Json.Obj> derivations) {
        UUID assetId = assetIdOf(setpoint.address());
        double commanded = commandOf(setpoint);
        PseudoAxis axis = resolver.resolve(assetId);
        List<Double> values = PartitionEvaluator.evaluate(axis.rule(), commanded, axis.constituents().size(), axis.curve());
        for (int i = 0; i < values.size(); i++) {
            PseudoAxis.Constituent constituent = axis.constituents().get(i);
            Json value = Json.num(values.get(i));
            derivations.add(Json.Obj.builder()
                    .put("step_index", out.size())
                    .put("pseudo_axis", SCHEME + assetId)
                    .put("commanded", ((SetpointValue.Literal) setpoint.value()).value())
                    .put("rule_kind", axis.rule().kind())
                    .put("calibration_revision_id", axis.calibrationRevisionId().map(UUID::toString).orElse(null))
                    .put("constituent_asset_id", constituent.assetId().toString())
                    .build());
            out.add(new SetpointStep(constituent.setpointAddress(), SetpointValue.of(value), false));
        }
    }

    /** {@code pseudoaxis://<uuid>} or {@code pseudoaxis://<uuid>/anything}. */
    static UUID assetIdOf(String address) {
        String rest = address.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String head = slash < 0 ? rest : rest.substring(0, slash);
        try {
            UUID id = UUID.fromString(head);
            if (id.toString().equalsIgnoreCase(head)) {
                return id;
            }
        } catch (IllegalArgumentException notAUuid) {
            // refused below, with the raw address
        }
        throw new AssetNotPseudoAxisError(address);
    }

    private static double commandOf(SetpointStep setpoint) {
        if (setpoint.value() instanceof SetpointValue.Literal literal && literal.value() instanceof Json.Num number) {
            return number.asDouble();
        }
        throw new PseudoAxisCommandNotNumericError(setpoint.address(),
                setpoint.value() instanceof SetpointValue.Literal l ? l.value().toJsonText() : "a capture reference");
    }
}
