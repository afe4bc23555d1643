package org.factdesk.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pages, the REST API and bulk actions find the reason of a failure the same way, however it was wrapped. */
class FailuresTest {

    @Test
    void aBusinessRefusalIsFoundInsideTheContainersWrappers() {
        NotFoundException notFound = new NotFoundException("Claim", 7L);
        assertThat(Failures.cause(new EJBException(new RuntimeException(notFound))))
                .isSameAs(notFound);
        assertThat(Failures.cause(notFound)).isSameAs(notFound);
        ConstraintViolationException invalid = new ConstraintViolationException(Set.of());
        assertThat(Failures.cause(new EJBTransactionRolledbackException("rolled back", invalid)))
                .isSameAs(invalid);
    }

    @Test
    void otherwiseTheInnermostCausePastWrappersAndAnOptimisticLockStaysTheReason() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertThat(Failures.cause(new EJBException(new PersistenceException(bug))))
                .isSameAs(bug);
        OptimisticLockException lock = new OptimisticLockException("stale");
        assertThat(Failures.cause(new EJBException(lock))).isSameAs(lock);
        // a cause that is not a wrapper is where the search stops
        IllegalArgumentException outer = new IllegalArgumentException("outer", bug);
        assertThat(Failures.cause(outer)).isSameAs(outer);
    }
}
