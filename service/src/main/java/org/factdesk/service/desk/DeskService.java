package org.factdesk.service.desk;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.account.Role;
import org.factdesk.model.desk.Desk;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.NotFoundException;
import org.factdesk.service.common.Versions;

/**
 * Desks, the owners of review queues. Administrators add and rename them; a desk is never deleted, because
 * claims belong to it, and its code never changes, because saved searches and links name it.
 */
@Stateless
public class DeskService {

    /** A desk's name changed: queues that sort by desk name need its claims re-indexed, after the commit. */
    public record DeskRenamed(long deskId) {}

    @Inject
    Event<DeskRenamed> renamed;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    public List<Desk> listAll() {
        return em.createNamedQuery(Desk.LIST_ALL, Desk.class).getResultList();
    }

    public Optional<Desk> findByCode(String code) {
        return Desk.byCode(em, code);
    }

    /** Adds a desk; its code is the stable name used in links and saved searches. */
    public Desk create(String code, String name) {
        accounts.requireRole(Role.ADMIN);
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "error.deskCodeRequired", "A desk needs a code");
        }
        if (findByCode(code.strip()).isPresent()) {
            throw new InvalidInputException("code", "error.deskCodeTaken", "Desk code " + code + " is taken", code);
        }
        Desk desk = new Desk(code.strip(), name == null ? "" : name.strip());
        em.persist(desk);
        return desk;
    }

    /** Renames a desk the page loaded at {@code expectedVersion}. */
    public Desk rename(String code, String name, Long expectedVersion) {
        accounts.requireRole(Role.ADMIN);
        Desk desk = findByCode(code).orElseThrow(() -> new NotFoundException("Desk", code));
        Versions.lock(em, desk, expectedVersion, "Desk " + code);
        String before = desk.getName();
        desk.setName(name == null ? "" : name.strip());
        if (!desk.getName().equals(before)) {
            renamed.fire(new DeskRenamed(desk.getId()));
        }
        em.flush();
        return desk;
    }
}
