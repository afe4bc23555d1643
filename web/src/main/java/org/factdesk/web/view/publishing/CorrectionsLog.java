package org.factdesk.web.view.publishing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.factdesk.service.common.Page;
import org.factdesk.service.publishing.FactChecks;
import org.factdesk.service.publishing.Publisher;

/** The public corrections log: every correction of a published fact-check, newest first (IFCN principle 5). */
@Named
@RequestScoped
public class CorrectionsLog {

    @Inject
    FactChecks factChecks;

    @Inject
    RequestPublisher requestPublisher;

    private int page;
    private Page<FactChecks.CorrectionEntry> entries;
    private Publisher publisher;

    public void load() {
        publisher = requestPublisher.get();
        entries = factChecks.corrections(page);
        PublicCaching.answeredUnchanged(page + "|" + entries.total() + "|" + entries.items() + "|" + publisher, null);
    }

    public boolean isNewer() {
        return page > 0;
    }

    public boolean isOlder() {
        return entries != null && (long) (page + 1) * FactChecks.PAGE_SIZE < entries.total();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public Page<FactChecks.CorrectionEntry> getEntries() {
        return entries;
    }

    public Publisher getPublisher() {
        return publisher;
    }
}
