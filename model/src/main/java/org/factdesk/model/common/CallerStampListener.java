package org.factdesk.model.common;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/** Stamps the user name of the caller on every insert and update, so each row says who touched it last. */
public class CallerStampListener {

    @PrePersist
    void prePersist(BaseEntity entity) {
        entity.stampCaller(CallerName.current(), true);
    }

    @PreUpdate
    void preUpdate(BaseEntity entity) {
        entity.stampCaller(CallerName.current(), false);
    }
}
