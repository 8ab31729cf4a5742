package org.cora.domain.resolution;

import org.cora.domain.shared.DomainError;

/** A recipe-driven Procedure has no usable record of its expansion: the stream is corrupt. */
public final class RecipeExpansionRecordNotFoundError extends DomainError {

    public RecipeExpansionRecordNotFoundError(String procedureId, String why) {
        super("Procedure " + procedureId + " is recipe-driven but its RecipeExpansionRecorded " + why);
    }
}
