package org.cora.application.features.conductfromprocedure;

import org.cora.domain.conductor.ConductorResult;
import org.cora.domain.json.Json;
import org.cora.domain.resume.ResumePoint;

/** The replay's outcome, the boundary it replayed from, and the resume point the journal proposed. */
public record ConductFromResult(ConductorResult result, int reEstablishmentBoundary, ResumePoint computed) {

    /** The body conduct-from answers, and that a background conduct-from keeps for later reading. */
    public Json.Obj toPayload() {
        return result.toPayload()
                .with("re_establishment_boundary", Json.num(reEstablishmentBoundary))
                .with("acquisition_halt", Json.bool(result.acquisitionHalt()))
                .with("resume_point", computed.toPayload());
    }
}
