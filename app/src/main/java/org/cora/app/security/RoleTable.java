package org.cora.app.security;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cora.application.conduct.LostConductorSweep;
import org.cora.application.features.abortprocedure.AbortProcedureHandler;
import org.cora.application.features.addassetport.AddAssetPortHandler;
import org.cora.application.features.addcalibrationrevision.AddCalibrationRevisionHandler;
import org.cora.application.features.addplanwire.AddPlanWireHandler;
import org.cora.application.features.appendprocedureactivities.AppendProcedureActivitiesHandler;
import org.cora.application.features.bindassetcontrol.BindAssetControlHandler;
import org.cora.application.features.changeassetlifecycle.ChangeAssetLifecycleHandler;
import org.cora.application.features.completeprocedure.CompleteProcedureHandler;
import org.cora.application.features.conductfromprocedure.ConductFromProcedureHandler;
import org.cora.application.features.conductorholdprocedure.ConductOrHoldProcedureHandler;
import org.cora.application.features.conductprocedure.ConductProcedureHandler;
import org.cora.application.features.definecalibration.DefineCalibrationHandler;
import org.cora.application.features.definecapability.DefineCapabilityHandler;
import org.cora.application.features.defineplan.DefinePlanHandler;
import org.cora.application.features.definerecipe.DefineRecipeHandler;
import org.cora.application.features.deprecatecapability.DeprecateCapabilityHandler;
import org.cora.application.features.deprecaterecipe.DeprecateRecipeHandler;
import org.cora.application.features.getasset.GetAssetHandler;
import org.cora.application.features.getcalibration.GetCalibrationHandler;
import org.cora.application.features.getcapability.GetCapabilityHandler;
import org.cora.application.features.getplan.GetPlanHandler;
import org.cora.application.features.getprocedure.GetProcedureHandler;
import org.cora.application.features.getprocedureactivities.GetProcedureActivitiesHandler;
import org.cora.application.features.getprocedureconductresult.GetProcedureConductResultHandler;
import org.cora.application.features.listprocedures.ListProceduresHandler;
import org.cora.application.features.streamprocedureactivities.StreamProcedureActivitiesHandler;
import org.cora.application.features.streamprocedurestatuses.StreamProcedureStatusesHandler;
import org.cora.application.features.getprocedureevents.GetProcedureEventsHandler;
import org.cora.application.features.getprocedureresumepoint.GetProcedureResumePointHandler;
import org.cora.application.features.getrecipe.GetRecipeHandler;
import org.cora.application.features.getrun.GetRunHandler;
import org.cora.application.features.holdprocedure.HoldProcedureHandler;
import org.cora.application.features.holdrun.HoldRunHandler;
import org.cora.application.features.registerasset.RegisterAssetHandler;
import org.cora.application.features.registerprocedure.RegisterProcedureHandler;
import org.cora.application.features.registerprocedurefromrecipe.RegisterProcedureFromRecipeHandler;
import org.cora.application.features.removeassetport.RemoveAssetPortHandler;
import org.cora.application.features.removeplanwire.RemovePlanWireHandler;
import org.cora.application.features.resumeprocedure.ResumeProcedureHandler;
import org.cora.application.features.resumerun.ResumeRunHandler;
import org.cora.application.features.startprocedure.StartProcedureHandler;
import org.cora.application.features.startrun.StartRunHandler;
import org.cora.application.features.truncateprocedure.TruncateProcedureHandler;
import org.cora.application.features.updateassetpartitionrule.UpdateAssetPartitionRuleHandler;
import org.cora.application.features.versioncapability.VersionCapabilityHandler;
import org.cora.application.features.versionrecipe.VersionRecipeHandler;

/**
 * Which role may issue which command or query, as one table: a viewer reads; an operator runs
 * Procedures and Runs (a conduct, and each command a conduct issues on the way); an author defines
 * what is run (capabilities, recipes, assets, calibrations, plans). Operators and authors read too.
 * A name missing here is refused to everyone outside development; a fitness rule checks that every
 * handler's name has a row.
 */
public final class RoleTable {

    static final Set<String> READS = Set.of(
            GetProcedureHandler.QUERY_NAME,
            GetProcedureActivitiesHandler.QUERY_NAME,
            ListProceduresHandler.QUERY_NAME,
            GetProcedureConductResultHandler.QUERY_NAME,
            StreamProcedureActivitiesHandler.QUERY_NAME,
            StreamProcedureStatusesHandler.QUERY_NAME,
            GetProcedureEventsHandler.QUERY_NAME,
            GetProcedureResumePointHandler.QUERY_NAME,
            GetRunHandler.QUERY_NAME,
            GetCapabilityHandler.QUERY_NAME,
            GetRecipeHandler.QUERY_NAME,
            GetAssetHandler.QUERY_NAME,
            GetCalibrationHandler.QUERY_NAME,
            GetPlanHandler.QUERY_NAME);

    static final Set<String> OPERATIONS = Set.of(
            RegisterProcedureHandler.COMMAND_NAME,
            RegisterProcedureFromRecipeHandler.COMMAND_NAME,
            ConductProcedureHandler.COMMAND_NAME,
            ConductOrHoldProcedureHandler.COMMAND_NAME,
            ConductFromProcedureHandler.COMMAND_NAME,
            StartProcedureHandler.COMMAND_NAME,
            AppendProcedureActivitiesHandler.COMMAND_NAME,
            CompleteProcedureHandler.COMMAND_NAME,
            AbortProcedureHandler.COMMAND_NAME,
            TruncateProcedureHandler.COMMAND_NAME,
            HoldProcedureHandler.COMMAND_NAME,
            ResumeProcedureHandler.COMMAND_NAME,
            StartRunHandler.COMMAND_NAME,
            HoldRunHandler.COMMAND_NAME,
            ResumeRunHandler.COMMAND_NAME);

    static final Set<String> AUTHORING = Set.of(
            DefineCapabilityHandler.COMMAND_NAME,
            VersionCapabilityHandler.COMMAND_NAME,
            DeprecateCapabilityHandler.COMMAND_NAME,
            DefineRecipeHandler.COMMAND_NAME,
            VersionRecipeHandler.COMMAND_NAME,
            DeprecateRecipeHandler.COMMAND_NAME,
            RegisterAssetHandler.COMMAND_NAME,
            AddAssetPortHandler.COMMAND_NAME,
            RemoveAssetPortHandler.COMMAND_NAME,
            ChangeAssetLifecycleHandler.COMMAND_NAME,
            UpdateAssetPartitionRuleHandler.COMMAND_NAME,
            BindAssetControlHandler.COMMAND_NAME,
            DefineCalibrationHandler.COMMAND_NAME,
            AddCalibrationRevisionHandler.COMMAND_NAME,
            DefinePlanHandler.COMMAND_NAME,
            AddPlanWireHandler.COMMAND_NAME,
            RemovePlanWireHandler.COMMAND_NAME);

    /**
     * The service's own principals (tokens cannot name them: see {@link TokensFile}). The lost-conductor
     * watch holds Procedures whose conductor died.
     */
    public static final Map<String, Set<Role>> SERVICE_PRINCIPALS = Map.of(
            LostConductorSweep.PRINCIPAL, Set.of(Role.OPERATOR));

    private static final Map<Role, Set<String>> COMMANDS = commandsByRole();

    private RoleTable() {
    }

    /** Every command and query name {@code role} may issue. */
    public static Set<String> commandsOf(Role role) {
        return COMMANDS.get(role);
    }

    /** Every name some role may issue. */
    public static Set<String> everyName() {
        return union(READS, OPERATIONS, AUTHORING);
    }

    /** The roles that may issue {@code commandName}, in declaration order; empty for a name no role has. */
    public static List<Role> rolesAllowing(String commandName) {
        return Stream.of(Role.values()).filter(role -> commandsOf(role).contains(commandName)).toList();
    }

    private static Map<Role, Set<String>> commandsByRole() {
        Map<Role, Set<String>> commands = new EnumMap<>(Role.class);
        commands.put(Role.VIEWER, READS);
        commands.put(Role.OPERATOR, union(READS, OPERATIONS));
        commands.put(Role.AUTHOR, union(READS, AUTHORING));
        return Map.copyOf(commands);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        Stream.of(sets).forEach(all::addAll);
        return Set.copyOf(all);
    }
}
