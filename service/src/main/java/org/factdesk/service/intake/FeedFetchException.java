package org.factdesk.service.intake;

import java.io.IOException;

/**
 * Why a feed could not be fetched, in words that carry no network detail: whether a port is open, closed or
 * asks for a password all reads "could not be fetched", so the feed reader cannot be used to map a network.
 */
public class FeedFetchException extends IOException {

    /** The reasons a user is told; each has a message key {@code error.feed.<name>}. */
    public enum Reason {
        REFUSED_ADDRESS("the address is not a public web address"),
        TOO_MANY_REDIRECTS("it redirects too often"),
        TOO_LARGE("it is too large"),
        TOO_SLOW("it took too long"),
        NOT_A_FEED("it is not an RSS or Atom feed"),
        UNREACHABLE("it could not be fetched");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        public String english() {
            return english;
        }
    }

    private final Reason reason;

    public FeedFetchException(Reason reason) {
        super(reason.english());
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
