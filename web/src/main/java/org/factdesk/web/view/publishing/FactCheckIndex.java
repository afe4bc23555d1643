package org.factdesk.web.view.publishing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.factdesk.service.common.FactdeskException;
import org.factdesk.service.common.Failures;
import org.factdesk.service.common.Page;
import org.factdesk.service.publishing.FactChecks;
import org.factdesk.service.publishing.Publisher;
import org.factdesk.web.view.Feedback;

/** The public list of published fact-checks, newest first, searchable, for readers without an account. */
@Named
@RequestScoped
public class FactCheckIndex {

    @Inject
    FactChecks factChecks;

    @Inject
    Feedback feedback;

    @Inject
    RequestPublisher requestPublisher;

    private String q;
    private int page;
    private Page<FactChecks.Summary> results;
    private String error;
    private Publisher publisher;

    public void load() {
        publisher = requestPublisher.get();
        try {
            results = factChecks.list(q, page);
        } catch (RuntimeException e) {
            if (!(Failures.cause(e) instanceof FactdeskException refused)) {
                throw e;
            }
            // said next to the search field; the list stays empty
            error = feedback.text(refused.getMessageKey(), refused.getArguments());
            results = new Page<>(java.util.List.of(), 0, FactChecks.PAGE_SIZE, 0);
        }
        // no single date moves with every change (a withdrawal removes a row): the ETag of what is shown decides
        PublicCaching.answeredUnchanged(
                q + "|" + page + "|" + results.total() + "|" + results.items() + "|" + error + "|" + publisher, null);
    }

    public boolean isNewer() {
        return page > 0;
    }

    public boolean isOlder() {
        return results != null && (long) (page + 1) * FactChecks.PAGE_SIZE < results.total();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public Page<FactChecks.Summary> getResults() {
        return results;
    }

    /** Why the search text was refused, to show next to the field; {@code null} when it was not. */
    public String getError() {
        return error;
    }

    public Publisher getPublisher() {
        return publisher;
    }
}
