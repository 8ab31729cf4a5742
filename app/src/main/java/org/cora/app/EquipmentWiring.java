package org.cora.app;

import org.cora.application.asset.AssetStreams;
import org.cora.application.calibration.CalibrationStreams;
import org.cora.application.features.addassetport.AddAssetPortHandler;
import org.cora.application.features.addcalibrationrevision.AddCalibrationRevisionHandler;
import org.cora.application.features.addplanwire.AddPlanWireHandler;
import org.cora.application.features.bindassetcontrol.BindAssetControlHandler;
import org.cora.application.features.changeassetlifecycle.ChangeAssetLifecycleHandler;
import org.cora.application.features.definecalibration.DefineCalibrationHandler;
import org.cora.application.features.defineplan.DefinePlanHandler;
import org.cora.application.features.getasset.GetAssetHandler;
import org.cora.application.features.getcalibration.GetCalibrationHandler;
import org.cora.application.features.getplan.GetPlanHandler;
import org.cora.application.features.getrun.GetRunHandler;
import org.cora.application.features.holdrun.HoldRunHandler;
import org.cora.application.features.registerasset.RegisterAssetHandler;
import org.cora.application.features.removeassetport.RemoveAssetPortHandler;
import org.cora.application.features.removeplanwire.RemovePlanWireHandler;
import org.cora.application.features.resumerun.ResumeRunHandler;
import org.cora.application.features.startrun.StartRunHandler;
import org.cora.application.features.updateassetpartitionrule.UpdateAssetPartitionRuleHandler;
import org.cora.application.plan.PlanStreams;
import org.cora.application.port.Authorize;
import org.cora.application.port.EventStore;
import org.cora.application.run.RunStreams;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Asset, Calibration, Plan and Run slices, wired to the ports. */
@Configuration(proxyBeanMethods = false)
class EquipmentWiring {

    @Bean
    AssetStreams assetStreams(EventStore store, IdGenerator ids) {
        return new AssetStreams(store, ids);
    }

    @Bean
    CalibrationStreams calibrationStreams(EventStore store, IdGenerator ids) {
        return new CalibrationStreams(store, ids);
    }

    @Bean
    PlanStreams planStreams(EventStore store, IdGenerator ids) {
        return new PlanStreams(store, ids);
    }

    @Bean
    RunStreams runStreams(EventStore store, IdGenerator ids) {
        return new RunStreams(store, ids);
    }

    @Bean
    RegisterAssetHandler registerAssetHandler(Authorize authorize, AssetStreams streams, Clock clock, IdGenerator ids) {
        return new RegisterAssetHandler(authorize, streams, clock, ids);
    }

    @Bean
    AddAssetPortHandler addAssetPortHandler(Authorize authorize, AssetStreams streams, Clock clock) {
        return new AddAssetPortHandler(authorize, streams, clock);
    }

    @Bean
    RemoveAssetPortHandler removeAssetPortHandler(Authorize authorize, AssetStreams streams, Clock clock) {
        return new RemoveAssetPortHandler(authorize, streams, clock);
    }

    @Bean
    ChangeAssetLifecycleHandler changeAssetLifecycleHandler(Authorize authorize, AssetStreams streams, Clock clock) {
        return new ChangeAssetLifecycleHandler(authorize, streams, clock);
    }

    @Bean
    UpdateAssetPartitionRuleHandler updateAssetPartitionRuleHandler(Authorize authorize, AssetStreams streams,
            Clock clock) {
        return new UpdateAssetPartitionRuleHandler(authorize, streams, clock);
    }

    @Bean
    BindAssetControlHandler bindAssetControlHandler(Authorize authorize, AssetStreams streams, Clock clock) {
        return new BindAssetControlHandler(authorize, streams, clock);
    }

    @Bean
    GetAssetHandler getAssetHandler(Authorize authorize, AssetStreams streams) {
        return new GetAssetHandler(authorize, streams);
    }

    @Bean
    DefineCalibrationHandler defineCalibrationHandler(Authorize authorize, CalibrationStreams streams, Clock clock,
                                                      IdGenerator ids) {
        return new DefineCalibrationHandler(authorize, streams, clock, ids);
    }

    @Bean
    AddCalibrationRevisionHandler addCalibrationRevisionHandler(Authorize authorize, CalibrationStreams streams, Clock clock,
                                                                IdGenerator ids) {
        return new AddCalibrationRevisionHandler(authorize, streams, clock, ids);
    }

    @Bean
    GetCalibrationHandler getCalibrationHandler(Authorize authorize, CalibrationStreams streams) {
        return new GetCalibrationHandler(authorize, streams);
    }

    @Bean
    DefinePlanHandler definePlanHandler(Authorize authorize, PlanStreams streams, Clock clock, IdGenerator ids) {
        return new DefinePlanHandler(authorize, streams, clock, ids);
    }

    @Bean
    AddPlanWireHandler addPlanWireHandler(Authorize authorize, PlanStreams plans, AssetStreams assets, Clock clock) {
        return new AddPlanWireHandler(authorize, plans, assets, clock);
    }

    @Bean
    RemovePlanWireHandler removePlanWireHandler(Authorize authorize, PlanStreams streams, Clock clock) {
        return new RemovePlanWireHandler(authorize, streams, clock);
    }

    @Bean
    GetPlanHandler getPlanHandler(Authorize authorize, PlanStreams streams) {
        return new GetPlanHandler(authorize, streams);
    }

    @Bean
    StartRunHandler startRunHandler(Authorize authorize, RunStreams runs, PlanStreams plans,
                                    Clock clock, IdGenerator ids) {
        return new StartRunHandler(authorize, runs, plans, clock, ids);
    }

    @Bean
    HoldRunHandler holdRunHandler(Authorize authorize, RunStreams streams, Clock clock) {
        return new HoldRunHandler(authorize, streams, clock);
    }

    @Bean
    ResumeRunHandler resumeRunHandler(Authorize authorize, RunStreams streams, Clock clock) {
        return new ResumeRunHandler(authorize, streams, clock);
    }

    @Bean
    GetRunHandler getRunHandler(Authorize authorize, RunStreams streams) {
        return new GetRunHandler(authorize, streams);
    }
}
