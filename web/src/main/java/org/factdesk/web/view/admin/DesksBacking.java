package org.factdesk.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.factdesk.service.desk.DeskService;

/** The desks page (/admin/desks.xhtml): add a desk, rename one. Codes never change once given. */
@Named
@ViewScoped
public class DesksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskService desks;

    @Inject
    AdminFeedback feedback;

    private List<DeskRow> rows;
    private String code;
    private String name;

    /** One desk as the page loaded it; the name is what the administrator types. */
    public static final class DeskRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final long version;
        private String name;

        DeskRow(String code, String name, long version) {
            this.code = code;
            this.name = name;
            this.version = version;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @PostConstruct
    void load() {
        rows = desks.listAll().stream()
                .map(d -> new DeskRow(d.getCode(), d.getName(), d.getVersion()))
                .toList();
    }

    public void create() {
        try {
            desks.create(code, name);
            feedback.info("admin_desks.message.created", name);
            code = null;
            name = null;
            load();
        } catch (RuntimeException e) {
            feedback.failed(e, Map.of("code", "newDesk:code", "name", "newDesk:name"));
        }
    }

    public void rename(DeskRow row, int index) {
        try {
            desks.rename(row.code, row.name, row.version);
            feedback.info("admin_desks.message.renamed", row.name);
            load();
        } catch (RuntimeException e) {
            if (feedback.failed(e, Map.of("name", "desks:rows:" + index + ":name"))) {
                load();
            }
        }
    }

    public List<DeskRow> getRows() {
        return rows;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
