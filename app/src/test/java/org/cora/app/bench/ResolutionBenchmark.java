package org.cora.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cora.application.conduct.ConductPreparation;
import org.cora.application.features.addplanwire.AddPlanWireHandler;
import org.cora.application.features.bindassetcontrol.BindAssetControlHandler;
import org.cora.application.features.definecapability.DefineCapabilityHandler;
import org.cora.application.features.defineplan.DefinePlanHandler;
import org.cora.application.features.definerecipe.DefineRecipeHandler;
import org.cora.application.features.registerasset.RegisterAssetHandler;
import org.cora.application.features.registerprocedurefromrecipe.RegisterProcedureFromRecipeHandler;
import org.cora.application.features.startrun.StartRunHandler;
import org.cora.application.features.updateassetpartitionrule.UpdateAssetPartitionRuleHandler;
import org.cora.application.port.Caller;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.asset.AssetId;
import org.cora.domain.asset.PortSpec;
import org.cora.domain.asset.partition.CompositePartition;
import org.cora.domain.asset.partition.PartitionKind;
import org.cora.domain.asset.partition.PartitionRuleCodec;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.features.addplanwire.AddPlanWireCommand;
import org.cora.domain.features.bindassetcontrol.BindAssetControlCommand;
import org.cora.domain.features.definecapability.DefineCapabilityCommand;
import org.cora.domain.features.defineplan.DefinePlanCommand;
import org.cora.domain.features.definerecipe.DefineRecipeCommand;
import org.cora.domain.features.registerasset.RegisterAssetCommand;
import org.cora.domain.features.registerprocedurefromrecipe.RegisterProcedureFromRecipeCommand;
import org.cora.domain.features.startrun.StartRunCommand;
import org.cora.domain.features.updateassetpartitionrule.UpdateAssetPartitionRuleCommand;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.plan.PlanId;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.recipe.RecipeStepWireCodec;
import org.cora.domain.run.RunId;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Resolving and pinning a recipe-driven Procedure of N steps, one in ten a pseudo-axis setpoint
 * (a two-constituent CompositePartition wired by the parent Run's Plan): replay gate (recipe load,
 * re-expansion, both hashes), pseudo-axis expansion from the stores, and the durable pin.
 */
final class ResolutionBenchmark {

    private static final int[] SIZES = {1_000, 2_500, 5_000, 10_000};
    private static final int REPEATS = 3;

    private ResolutionBenchmark() {
    }

    static void run(ConfigurableApplicationContext context) {
        Caller caller = new Caller("benchmark", UUID.randomUUID());
        AssetId gap = pseudoAxis(context, caller);
        RunId run = wiredRun(context, caller, gap);
        CapabilityId capability = context.getBean(DefineCapabilityHandler.class).handle(new DefineCapabilityCommand(
                "cora.capability.bench", "bench", (Json.Obj) JsonParser.parse(
                        "{\"type\":\"object\",\"properties\":{\"g\":{\"type\":\"number\"}}}"), List.of("Procedure")), caller);
        for (int size : SIZES) {
            RecipeId recipe = recipe(context, caller, capability, gap.value(), size);
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < REPEATS + 1; i++) {
                ProcedureId id = context.getBean(RegisterProcedureFromRecipeHandler.class).handle(
                        new RegisterProcedureFromRecipeCommand("bench", "benchmark", List.of(), run.value(), recipe,
                                (Json.Obj) JsonParser.parse("{\"g\":8}")), caller);
                ProcedureStreams streams = context.getBean(ProcedureStreams.class);
                long start = System.nanoTime();
                context.getBean(ConductPreparation.class).resolveAndPinDurably(streams.load(id), List.of(), caller,
                        "Benchmark");
                if (i > 0) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "resolve and pin a %,d-step recipe (%,d pseudo-axis setpoints, %,d steps pinned):"
                    + " median %.0f ms %s%n", size, size / 10, size + size / 10, ConductBenchmark.median(millis),
                    millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList());
        }
    }

    private static RecipeId recipe(ConfigurableApplicationContext context, Caller caller, CapabilityId capability,
                                   UUID gap, int size) {
        StringBuilder steps = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            steps.append(i == 0 ? "" : ",").append(i % 10 == 0
                    ? "{\"kind\":\"setpoint\",\"address\":\"pseudoaxis://" + gap + "\",\"value\":{\"__binding__\":\"g\"},\"verify\":false}"
                    : "{\"kind\":\"setpoint\",\"address\":\"sim:m1\",\"value\":" + (i % 180) + ",\"verify\":false}");
        }
        return context.getBean(DefineRecipeHandler.class).handle(new DefineRecipeCommand("bench " + size, capability,
                RecipeStepWireCodec.fromPayloads(JsonParser.parse(steps.append("]").toString()), "steps")), caller);
    }

    private static AssetId pseudoAxis(ConfigurableApplicationContext context, Caller caller) {
        return context.getBean(RegisterAssetHandler.class).handle(new RegisterAssetCommand("gap", List.of(
                new PortSpec("in1", "Input", "Motor"), new PortSpec("in2", "Input", "Motor"),
                new PortSpec("out", "Output", "Motor"))), caller);
    }

    private static RunId wiredRun(ConfigurableApplicationContext context, Caller caller, AssetId axis) {
        AssetId upper = constituent(context, caller, "upper", "sim:m2");
        AssetId lower = constituent(context, caller, "lower", "sim:cam:exposure");
        context.getBean(UpdateAssetPartitionRuleHandler.class).handle(new UpdateAssetPartitionRuleCommand(axis,
                PartitionRuleCodec.toPayload(new CompositePartition(PartitionKind.ProportionalFill, 2))), caller);
        PlanId plan = context.getBean(DefinePlanHandler.class).handle(new DefinePlanCommand(
                List.of(axis.value(), upper.value(), lower.value())), caller);
        AddPlanWireHandler wires = context.getBean(AddPlanWireHandler.class);
        wires.handle(new AddPlanWireCommand(plan, upper.value(), "drive", axis.value(), "in1"), caller);
        wires.handle(new AddPlanWireCommand(plan, lower.value(), "drive", axis.value(), "in2"), caller);
        return context.getBean(StartRunHandler.class).handle(new StartRunCommand(plan), caller);
    }

    private static AssetId constituent(ConfigurableApplicationContext context, Caller caller, String name,
                                       String address) {
        AssetId id = context.getBean(RegisterAssetHandler.class).handle(new RegisterAssetCommand(name,
                List.of(new PortSpec("drive", "Output", "Motor"))), caller);
        context.getBean(BindAssetControlHandler.class).handle(new BindAssetControlCommand(id, address, null), caller);
        return id;
    }
}
