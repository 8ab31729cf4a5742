package org.cora.application.conduct;

import org.cora.domain.procedure.Procedure;
import org.cora.domain.resolution.PseudoAxisResolver;

/** The pseudo-axis resolver of one Procedure: its constituents come from its parent Run's Plan wires. */
@FunctionalInterface
public interface PseudoAxisResolvers {

    /** Until Runs, Plans and Assets are wired in, no Procedure can command a pseudo-axis. */
    PseudoAxisResolvers NONE = procedure -> PseudoAxisResolver.none();

    PseudoAxisResolver forProcedure(Procedure procedure);
}
