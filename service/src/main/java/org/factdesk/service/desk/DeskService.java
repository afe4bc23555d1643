package org.factdesk.service.desk;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.desk.Desk;

/** Desks, the owners of review queues. */
@Stateless
public class DeskService {

    @PersistenceContext
    EntityManager em;

    public List<Desk> listAll() {
        return em.createNamedQuery(Desk.LIST_ALL, Desk.class).getResultList();
    }

    public Optional<Desk> findByCode(String code) {
        return em.createNamedQuery(Desk.FIND_BY_CODE, Desk.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
