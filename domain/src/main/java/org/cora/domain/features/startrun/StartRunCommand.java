package org.cora.domain.features.startrun;

import org.cora.domain.plan.PlanId;

/** Start a Run of a Plan; the handler gives it a fresh id and loads the Plan. */
public record StartRunCommand(PlanId planId) {
}
