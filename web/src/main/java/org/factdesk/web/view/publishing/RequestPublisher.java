package org.factdesk.web.view.publishing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.factdesk.service.publishing.Publisher;
import org.factdesk.service.publishing.PublisherService;

/**
 * The publishing organisation, read once per request however many parts of it ask (the page, its header, the
 * image policy of its response): an administrator's change shows from the next request on.
 */
@RequestScoped
public class RequestPublisher {

    @Inject
    PublisherService publishers;

    private Publisher publisher;

    public Publisher get() {
        if (publisher == null) {
            publisher = publishers.current();
        }
        return publisher;
    }
}
