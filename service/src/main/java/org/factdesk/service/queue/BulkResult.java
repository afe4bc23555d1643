package org.factdesk.service.queue;

/**
 * What a bulk action did to one claim: done, or refused with the business reason (a message-bundle key and
 * its arguments, as the single-claim action would have said it).
 */
public record BulkResult(long claimId, boolean done, String messageKey, Object[] arguments, String message) {

    static BulkResult done(long claimId) {
        return new BulkResult(claimId, true, null, new Object[0], null);
    }
}
