package org.factdesk.web.view.queue;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.factdesk.model.queue.SavedSearch;
import org.factdesk.service.queue.SavedSearchService;
import org.factdesk.web.view.Feedback;

/** The queue page's saved searches: the caller's own list, "save this queue" and delete. */
@Named
@ViewScoped
public class SavedSearches implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "saveForm:name", "query", "saveForm:name");

    @Inject
    SavedSearchService service;

    @Inject
    QueueBacking page;

    @Inject
    Feedback feedback;

    private List<SavedSearch> searches;
    private String name;

    @PostConstruct
    void init() {
        searches = service.listMine();
    }

    public void save() {
        try {
            SavedSearch saved = service.save(name, page.getViewQuery());
            feedback.info("queue.message.saved", saved.getName());
            name = null;
            searches = service.listMine();
        } catch (RuntimeException e) {
            feedback.show(e, FIELDS);
        }
    }

    public void delete(long id) {
        try {
            service.delete(id);
        } catch (RuntimeException e) {
            feedback.show(e, FIELDS);
        }
        searches = service.listMine();
    }

    public List<SavedSearch> getSearches() {
        return searches;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
