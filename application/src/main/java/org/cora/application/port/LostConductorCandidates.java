package org.cora.application.port;

import java.util.List;
import org.cora.domain.procedure.ProcedureId;

/** Finds Procedures a conductor started or resumed that are still Running: each either walks or was lost. */
public interface LostConductorCandidates {

    List<ProcedureId> runningUnderAConductor();
}
