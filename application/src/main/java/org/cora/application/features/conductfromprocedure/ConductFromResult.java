package org.cora.application.features.conductfromprocedure;

import org.cora.domain.conductor.ConductorResult;
import org.cora.domain.resume.ResumePoint;

/** The replay's outcome, the boundary it replayed from, and the resume point the journal proposed. */
public record ConductFromResult(ConductorResult result, int reEstablishmentBoundary, ResumePoint computed) {
}
