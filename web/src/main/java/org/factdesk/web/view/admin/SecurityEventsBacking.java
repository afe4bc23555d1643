package org.factdesk.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.factdesk.model.security.SecurityEvent;
import org.factdesk.service.security.SecurityEvents;

/** The security log page (/admin/security.xhtml): the newest events, optionally of one account. */
@Named
@RequestScoped
public class SecurityEventsBacking {

    static final int SHOWN = 200;

    @Inject
    SecurityEvents events;

    private String username;
    private List<SecurityEvent> rows;

    @PostConstruct
    void load() {
        rows = List.of();
    }

    /** The f:viewAction: reads the log once the view parameter is set. */
    public void read() {
        rows = events.recent(username, SHOWN);
    }

    public List<SecurityEvent> getRows() {
        return rows;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
