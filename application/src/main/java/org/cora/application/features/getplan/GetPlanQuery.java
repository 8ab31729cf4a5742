package org.cora.application.features.getplan;

import org.cora.domain.plan.PlanId;

/** The folded state of one Plan. */
public record GetPlanQuery(PlanId planId) {
}
