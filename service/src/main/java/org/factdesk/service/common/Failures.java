package org.factdesk.service.common;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;

/**
 * The one way to find why a call failed: what services throw may reach a page, the REST API or a bulk action
 * wrapped by the EJB container, the persistence provider or RESTEasy. Every caller asks here rather than
 * unwrapping on its own.
 */
public final class Failures {

    private Failures() {}

    /**
     * The reason inside whatever the container wrapped it in: a business refusal ({@link FactdeskException}) or
     * invalid input ({@link ConstraintViolationException}) wherever it is in the chain; otherwise the innermost
     * cause past {@link EJBException}, {@link PersistenceException} (other than an optimistic lock, which is the
     * reason) and RESTEasy's own wrappers. Hibernate's stale-object failure inside a persistence exception reads
     * as the optimistic lock it is.
     */
    public static Throwable cause(Throwable thrown) {
        Throwable reason = thrown;
        for (int depth = 0; depth < 20 && reason != null; depth++) {
            if (reason instanceof FactdeskException || reason instanceof ConstraintViolationException) {
                return reason;
            }
            reason = reason.getCause() == reason ? null : reason.getCause();
        }
        Throwable current = thrown;
        for (int depth = 0;
                depth < 20 && isWrapper(current) && current.getCause() != null && current.getCause() != current;
                depth++) {
            current = current.getCause();
        }
        if (current instanceof PersistenceException
                && current.getCause() != null
                && current.getCause().getClass().getSimpleName().equals("StaleObjectStateException")) {
            return new OptimisticLockException(current);
        }
        return current;
    }

    private static boolean isWrapper(Throwable t) {
        return t instanceof EJBException
                || t instanceof PersistenceException && !(t instanceof OptimisticLockException)
                || t.getClass().getName().startsWith("org.jboss.resteasy.spi.");
    }
}
