package org.factdesk.model.audit;

import org.factdesk.model.common.CallerName;
import org.hibernate.envers.RevisionListener;

/** Puts the caller's user name on every Envers revision. */
public class CallerRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(CallerName.current());
    }
}
