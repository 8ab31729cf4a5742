package org.cora.domain.asset;

import org.cora.domain.shared.BoundedText;
import org.cora.domain.shared.DomainError;

/** The name is empty, blank or longer than 200 characters after trimming. */
public final class InvalidAssetNameError extends DomainError {

    private final String value;

    public InvalidAssetNameError(String value) {
        super("Asset name must be 1..200 characters after trimming, got " + BoundedText.describe(value));
        this.value = value;
    }

    public String value() {
        return value;
    }
}
