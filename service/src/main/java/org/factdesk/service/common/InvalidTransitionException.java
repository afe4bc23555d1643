package org.factdesk.service.common;

/** The workflow has no such move from the claim's current status. */
public class InvalidTransitionException extends FactdeskException {

    public InvalidTransitionException(Object transition, Object status) {
        super(
                "error.invalidTransition",
                "A claim that is " + status + " cannot be moved with " + transition,
                transition,
                status);
    }
}
