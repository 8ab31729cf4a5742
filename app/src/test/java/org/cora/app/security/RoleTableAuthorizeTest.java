package org.cora.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cora.application.conduct.LostConductorSweep;
import org.cora.domain.shared.UnauthorizedError;
import org.junit.jupiter.api.Test;

class RoleTableAuthorizeTest {

    private final RoleTableAuthorize policy = new RoleTableAuthorize(Map.of(
            "vera", Set.of(Role.VIEWER),
            "otto", Set.of(Role.OPERATOR),
            "ada", Set.of(Role.AUTHOR),
            "both", Set.of(Role.OPERATOR, Role.AUTHOR)));

    /** What a conduct, a conduct-or-hold and a conduct-from issue on the way, each through its own handler. */
    static final List<String> INNER_COMMANDS = List.of("StartProcedure", "AppendProcedureActivities",
            "CompleteProcedure", "AbortProcedure", "HoldProcedure", "ResumeProcedure");

    @Test
    void aViewerReadsEverythingAndChangesNothing() {
        RoleTable.READS.forEach(query -> assertAllowed("vera", query));
        RoleTable.OPERATIONS.forEach(command -> assertRefused("vera", command));
        RoleTable.AUTHORING.forEach(command -> assertRefused("vera", command));
    }

    @Test
    void anOperatorReadsAndRunsProceduresAndRunsButDefinesNothing() {
        RoleTable.READS.forEach(query -> assertAllowed("otto", query));
        List.of("ConductProcedure", "ConductOrHoldProcedure", "ConductFromProcedure", "RegisterProcedure",
                "RegisterProcedureFromRecipe", "TruncateProcedure", "StartRun", "HoldRun", "ResumeRun")
                .forEach(command -> assertAllowed("otto", command));
        RoleTable.AUTHORING.forEach(command -> assertRefused("otto", command));
    }

    @Test
    void anOperatorMayIssueEachCommandAConductIssuesOnTheWay() {
        INNER_COMMANDS.forEach(command -> assertAllowed("otto", command));
    }

    @Test
    void anAuthorDefinesAndReadsButCannotConduct() {
        List.of("DefineCapability", "VersionRecipe", "RegisterAsset", "BindAssetControl", "UpdateAssetPartitionRule",
                "DefineCalibration", "AddCalibrationRevision", "DefinePlan", "AddPlanWire")
                .forEach(command -> assertAllowed("ada", command));
        RoleTable.READS.forEach(query -> assertAllowed("ada", query));
        assertRefused("ada", "ConductProcedure");
        INNER_COMMANDS.forEach(command -> assertRefused("ada", command));
    }

    @Test
    void severalRolesAllowWhatAnyOfThemAllows() {
        assertAllowed("both", "ConductProcedure");
        assertAllowed("both", "DefineRecipe");
    }

    @Test
    void theRefusalSaysWhichRoleWouldAllowIt() {
        assertThatThrownBy(() -> policy.authorize("vera", "ConductProcedure"))
                .isInstanceOf(UnauthorizedError.class)
                .hasMessage("Principal 'vera' may not ConductProcedure: its roles (viewer) do not allow it; "
                        + "it needs the role operator");
        assertThatThrownBy(() -> policy.authorize("otto", "GetNothing"))
                .hasMessageEndingWith("no role allows it");
    }

    @Test
    void aPrincipalNoTokenNamesMayDoNothing() {
        assertThatThrownBy(() -> policy.authorize("anonymous", "GetProcedure"))
                .isInstanceOf(UnauthorizedError.class)
                .hasMessageContaining("the principal has no roles; it needs the role viewer or operator or author");
    }

    @Test
    void theLostConductorWatchMayHoldAProcedureAndNoTokenCanActAsIt() {
        RoleTableAuthorize withService = RoleTableAuthorize.of(KnownTokens.NONE);

        assertThatCode(() -> withService.authorize(LostConductorSweep.PRINCIPAL, "HoldProcedure"))
                .doesNotThrowAnyException();
        assertThat(LostConductorSweep.PRINCIPAL).startsWith(TokensFile.RESERVED_PREFIX);
    }

    @Test
    void everyNameBelongsToExactlyOneGroupAndTheViewerHoldsOnlyQueries() {
        assertThat(RoleTable.everyName()).hasSize(RoleTable.READS.size() + RoleTable.OPERATIONS.size()
                + RoleTable.AUTHORING.size());
        assertThat(RoleTable.READS).allMatch(name -> name.startsWith("Get") || name.startsWith("List")
                || name.startsWith("Stream"));
    }

    private void assertAllowed(String principal, String command) {
        assertThatCode(() -> policy.authorize(principal, command)).as(principal + " " + command)
                .doesNotThrowAnyException();
    }

    private void assertRefused(String principal, String command) {
        assertThatThrownBy(() -> policy.authorize(principal, command)).as(principal + " " + command)
                .isInstanceOf(UnauthorizedError.class);
    }
}
