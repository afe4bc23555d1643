package org.factdesk.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.factdesk.model.account.UserAccount;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.publishing.PublisherInput;
import org.factdesk.service.publishing.PublisherService;

/**
 * The publishing organisation page (/admin/publisher.xhtml): the name, home page and logo every public
 * fact-check and ClaimReview carries. Saved from the version the page loaded, so two administrators never
 * overwrite each other; "use the server's settings" forgets what was saved.
 */
@Named
@ViewScoped
public class PublisherBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS =
            Map.of("name", "publisher:name", "url", "publisher:url", "logo", "publisher:logo");

    @Inject
    PublisherService publishers;

    @Inject
    AdminFeedback feedback;

    @Inject
    AccountService accounts;

    private String name;
    private String url;
    private String logo;
    private long version;
    private boolean saved;
    private String savedBy;
    private Instant savedAt;

    @PostConstruct
    void load() {
        PublisherService.Settings settings = publishers.getSettings();
        name = settings.publisher().name();
        url = settings.publisher().url();
        logo = settings.publisher().logo();
        version = settings.version();
        saved = settings.saved();
        savedBy = settings.savedBy() == null
                ? null
                : accounts.findByUsername(settings.savedBy())
                        .map(UserAccount::getDisplayName)
                        .orElse(settings.savedBy());
        savedAt = settings.savedAt();
    }

    public void save() {
        try {
            publishers.save(new PublisherInput(strip(name), strip(url), strip(logo)), version);
            feedback.info("admin_publisher.message.saved", strip(name));
            load();
        } catch (RuntimeException e) {
            if (feedback.failed(e, FIELDS)) {
                load();
            }
        }
    }

    public void useDefaults() {
        try {
            publishers.useDefaults(version);
            feedback.info("admin_publisher.message.defaults");
            load();
        } catch (RuntimeException e) {
            if (feedback.failed(e, Map.of())) {
                load();
            }
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getLogo() {
        return logo;
    }

    public void setLogo(String logo) {
        this.logo = logo;
    }

    /** Whether an administrator saved the organisation; otherwise the server's settings apply. */
    public boolean isSaved() {
        return saved;
    }

    /** Who saved it last, by display name. */
    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
