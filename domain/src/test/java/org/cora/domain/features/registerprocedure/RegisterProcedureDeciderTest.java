package org.cora.domain.features.registerprocedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.ASSET_A;
import static org.cora.domain.testing.ProcedureFixtures.ASSET_B;
import static org.cora.domain.testing.ProcedureFixtures.CAPABILITY;
import static org.cora.domain.testing.ProcedureFixtures.PARENT_RUN;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.registered;
import static org.cora.domain.testing.ProcedureScenario.given;
import static org.cora.domain.testing.ProcedureScenario.givenNoHistory;

import java.util.List;
import org.cora.domain.procedure.InvalidProcedureKindError;
import org.cora.domain.procedure.InvalidProcedureNameError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureAlreadyExistsError;
import org.cora.domain.procedure.ProcedureEvent.ProcedureRegistered;
import org.cora.domain.procedure.ProcedureStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterProcedureDeciderTest {

    private static RegisterProcedureCommand command(String name, String kind) {
        return new RegisterProcedureCommand(name, kind, List.of(ASSET_B, ASSET_A), PARENT_RUN, CAPABILITY);
    }

    @Test
    void anEmptyStreamRegistersTheProcedureAsDefinedWithTrimmedNameAndKindAndSortedTargets() {
        Procedure state = givenNoHistory()
                .when(s -> RegisterProcedureDecider.decide(s, command("  Bakeout of sector 2 ", "\tbakeout\n"),
                        PROCEDURE_ID, NOW))
                .then(new ProcedureRegistered(PROCEDURE_ID, "Bakeout of sector 2", "bakeout", List.of(ASSET_A, ASSET_B),
                        PARENT_RUN, CAPABILITY, null, NOW));

        assertThat(state.status()).isEqualTo(ProcedureStatus.Defined);
        assertThat(state.targetAssetIds()).containsExactly(ASSET_A, ASSET_B);
    }

    @Test
    void aStandaloneProcedureWithoutTargetsRegistersWithEmptyTargetsAndNoParent() {
        givenNoHistory()
                .when(s -> RegisterProcedureDecider.decide(s,
                        new RegisterProcedureCommand("Alignment", "alignment", null, null, null), PROCEDURE_ID, NOW))
                .then(new ProcedureRegistered(PROCEDURE_ID, "Alignment", "alignment", List.of(), null, null, null, NOW));
    }

    @Test
    void aNameOfOneCharacterIsAccepted() {
        givenNoHistory()
                .when(s -> RegisterProcedureDecider.decide(s, command("x", "bakeout"), PROCEDURE_ID, NOW))
                .then(new ProcedureRegistered(PROCEDURE_ID, "x", "bakeout", List.of(ASSET_A, ASSET_B), PARENT_RUN,
                        CAPABILITY, null, NOW));
    }

    @Test
    void aNameOfExactly200CharactersAfterTrimmingIsAccepted() {
        String name = "n".repeat(200);
        givenNoHistory()
                .when(s -> RegisterProcedureDecider.decide(s, command("  " + name + "  ", "bakeout"), PROCEDURE_ID, NOW))
                .then(new ProcedureRegistered(PROCEDURE_ID, name, "bakeout", List.of(ASSET_A, ASSET_B), PARENT_RUN,
                        CAPABILITY, null, NOW));
    }

    @Test
    void aNameOf201CharactersIsRefused() {
        InvalidProcedureNameError error = givenNoHistory()
                .when(s -> RegisterProcedureDecider.decide(s, command("n".repeat(201), "bakeout"), PROCEDURE_ID, NOW))
                .thenRefused(InvalidProcedureNameError.class);

        assertThat(error.value()).hasSize(201);
        assertThat(error.getMessage()).contains("1..200", "201 characters");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", " \t\n "})
    void aMissingOrBlankNameIsRefused(String name) {
        givenNoHistory()
                .when(s -> RegisterProcedureDecider.decide(s, command(name, "bakeout"), PROCEDURE_ID, NOW))
                .thenRefused(InvalidProcedureNameError.class);
    }

    @Test
    void aKindOfExactly50CharactersAfterTrimmingIsAccepted() {
        String kind = "k".repeat(50);
        givenNoHistory()
                .when(s -> RegisterProcedureDecider.decide(s, command("Bakeout", " " + kind + " "), PROCEDURE_ID, NOW))
                .then(new ProcedureRegistered(PROCEDURE_ID, "Bakeout", kind, List.of(ASSET_A, ASSET_B), PARENT_RUN,
                        CAPABILITY, null, NOW));
    }

    @Test
    void aKindOf51CharactersIsRefused() {
        InvalidProcedureKindError error = givenNoHistory()
                .when(s -> RegisterProcedureDecider.decide(s, command("Bakeout", "k".repeat(51)), PROCEDURE_ID, NOW))
                .thenRefused(InvalidProcedureKindError.class);

        assertThat(error.getMessage()).contains("1..50");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aMissingOrBlankKindIsRefused(String kind) {
        givenNoHistory()
                .when(s -> RegisterProcedureDecider.decide(s, command("Bakeout", kind), PROCEDURE_ID, NOW))
                .thenRefused(InvalidProcedureKindError.class);
    }

    @Test
    void theNameIsCheckedBeforeTheKind() {
        givenNoHistory()
                .when(s -> RegisterProcedureDecider.decide(s, command(" ", " "), PROCEDURE_ID, NOW))
                .thenRefused(InvalidProcedureNameError.class);
    }

    @Test
    void anExistingStreamIsRefusedAsAlreadyExisting() {
        ProcedureAlreadyExistsError error = given(registered())
                .when(s -> RegisterProcedureDecider.decide(s, command("Bakeout", "bakeout"), PROCEDURE_ID, NOW))
                .thenRefused(ProcedureAlreadyExistsError.class);

        assertThat(error.procedureId()).isEqualTo(PROCEDURE_ID);
    }

    @Test
    void nameAndKindAreCheckedBeforeTheStreamIsFoundToExist() {
        given(registered())
                .when(s -> RegisterProcedureDecider.decide(s, command("Bakeout", ""), PROCEDURE_ID, NOW))
                .thenRefused(InvalidProcedureKindError.class);
    }
}
