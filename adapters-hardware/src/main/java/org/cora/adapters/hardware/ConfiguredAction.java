package org.cora.adapters.hardware;

import java.util.List;
import org.cora.domain.conductor.ActionBody;

/**
 * An action body of a kind the {@code actions:} section of a model or catalog file can name,
 * holding the defaults that file gave it. A step's params override those defaults key by key;
 * a param the kind does not know is refused, so that a misspelt one never passes unnoticed.
 */
sealed interface ConfiguredAction extends ActionBody permits DetectorCountAction, MoveAndSettleAction {

    /** The control addresses the defaults name, for a beamline model to check that it declares them. */
    List<String> addresses();
}
