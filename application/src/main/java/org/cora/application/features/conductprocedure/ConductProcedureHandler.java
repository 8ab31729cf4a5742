package org.cora.application.features.conductprocedure;

import java.util.List;
import org.cora.application.conduct.ConductPreparation;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.port.Transactions;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.Conductor;
import org.cora.domain.conductor.ConductorResult;
import org.cora.domain.step.Step;

/**
 * Orchestrates a conduct, in this order: authorize, load, resolve and pin durably, then let the
 * Conductor start, walk and complete or abort. Step failures and lifecycle refusals come back in
 * the result; authorization, not-found and concurrency refusals are thrown.
 */
public final class ConductProcedureHandler {

    public static final String COMMAND_NAME = "ConductProcedure";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final ConductPreparation preparation;
    private final Conductor conductor;
    private final Transactions transactions;

    public ConductProcedureHandler(Authorize authorize, ProcedureStreams streams, ConductPreparation preparation,
                                   Conductor conductor, Transactions transactions) {
        this.authorize = authorize;
        this.streams = streams;
        this.preparation = preparation;
        this.conductor = conductor;
        this.transactions = transactions;
    }

    /** The walk keeps one database session from the pin to the last row, each row still committed on its own. */
    public ConductorResult handle(ConductProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        return transactions.inSession(() -> {
            LoadedProcedure loaded = streams.load(command.procedureId());
            loaded.require();
            List<Step> resolved = preparation.resolveAndPinDurably(loaded, command.steps(), caller, COMMAND_NAME);
            return conductor.conduct(new ConductCall(command.procedureId(), caller.principal(),
                    caller.correlationId()), resolved);
        });
    }
}
