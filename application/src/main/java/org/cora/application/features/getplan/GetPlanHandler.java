package org.cora.application.features.getplan;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.plan.PlanStreams;
import org.cora.domain.plan.Plan;

/** Folds the Plan's stream on read; an unknown id is {@code PlanNotFoundError}. */
public final class GetPlanHandler {

    public static final String QUERY_NAME = "GetPlan";

    private final Authorize authorize;
    private final PlanStreams streams;

    public GetPlanHandler(Authorize authorize, PlanStreams streams) {
        this.authorize = authorize;
        this.streams = streams;
    }

    public Plan handle(GetPlanQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        return streams.require(query.planId());
    }
}
