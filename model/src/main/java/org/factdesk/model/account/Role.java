package org.factdesk.model.account;

/**
 * What a newsroom user may do. A user holds one or more roles; the workflow names the role each
 * transition needs. The names are the group names the identity store hands to Jakarta Security.
 */
public enum Role {
    /** Submits claims spotted in the news. */
    REPORTER,
    /** Works a review queue: gathers evidence and drafts verdicts. */
    FACT_CHECKER,
    /** Triages, assigns, approves, publishes and corrects. */
    EDITOR,
    /** Manages users, desks and the rating scale. */
    ADMIN;

    public static final String REPORTER_NAME = "REPORTER";
    public static final String FACT_CHECKER_NAME = "FACT_CHECKER";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String ADMIN_NAME = "ADMIN";
}
