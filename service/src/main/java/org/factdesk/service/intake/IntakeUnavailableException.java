package org.factdesk.service.intake;

import org.factdesk.service.common.FactdeskException;

/**
 * The intake analysis could not load its models when the application started, so text cannot be analysed or
 * scored; everything else in Factdesk works. Readiness names the reason ({@link IntakeReadiness}).
 */
public class IntakeUnavailableException extends FactdeskException {

    public IntakeUnavailableException(String reason) {
        super("error.intakeUnavailable", "The intake analysis is not available: " + reason, reason);
    }
}
