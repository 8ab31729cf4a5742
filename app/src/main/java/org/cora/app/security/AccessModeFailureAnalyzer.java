package org.cora.app.security;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** A start refused for want of a usable policy reads as what is wrong and what to do, not as a bean stack trace. */
public final class AccessModeFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MissingAuthorizationPolicyException) {
                return new FailureAnalysis(cause.getMessage(), "Give --" + AccessMode.TOKENS_FILE + "=FILE, or --"
                        + AccessMode.DEVELOPMENT_ALLOW_ALL + "=true on a machine only you can reach.", cause);
            }
            if (cause instanceof MalformedTokensFileException) {
                return new FailureAnalysis(cause.getMessage(), "Correct the tokens file; docs/OPERATING.md "
                        + "(\"Tokens and roles\") describes its format.", cause);
            }
        }
        return null;
    }
}
