package org.factdesk.service.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Appearance;
import org.factdesk.model.claim.Attribution;
import org.factdesk.model.claim.AttributionCheck;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Claimant;
import org.factdesk.model.claim.ClaimantKind;
import org.factdesk.model.claim.Comment;
import org.factdesk.model.claim.HedgeKind;
import org.factdesk.model.claim.Priority;
import org.factdesk.model.claim.Transition;
import org.factdesk.model.desk.Desk;
import org.factdesk.model.evidence.AdmiraltyGrade;
import org.factdesk.model.evidence.Evidence;
import org.factdesk.model.evidence.EvidenceKind;
import org.factdesk.model.evidence.Stance;
import org.factdesk.model.source.Source;
import org.factdesk.model.verdict.Rating;
import org.factdesk.model.verdict.Verdict;
import org.factdesk.service.account.Passwords;

/**
 * Fills an empty database on first start. Demo data only when asked ({@code FACTDESK_DEMO=true}, or the
 * system property {@code factdesk.demo=true}, as the run command and the test servers do): a small newsroom
 * around the Dawn Idlib report — two desks, a user per role, and claims in every state, the NFL claim among
 * them, unverified, attributed, with both hedges. Otherwise — the production default — it creates the first
 * administrator from {@code FACTDESK_ADMIN_PASSWORD} (refused when weak, never logged) and one desk, so a
 * newsroom deployed by IT starts with no known password and can take work at once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoNewsroom {

    public static final String DEMO_PASSWORD = "factdesk-demo";

    /** The demo logins: user name, display name, roles. */
    public static final List<DemoUser> USERS = List.of(
            new DemoUser("editor", "Amira Haddad", EnumSet.of(Role.EDITOR, Role.FACT_CHECKER)),
            new DemoUser("editor2", "Ben Okafor", EnumSet.of(Role.EDITOR)),
            new DemoUser("checker", "Chloe Martin", EnumSet.of(Role.FACT_CHECKER)),
            new DemoUser("checker2", "Dev Patel", EnumSet.of(Role.FACT_CHECKER)),
            new DemoUser("reporter", "Rita Alvarez", EnumSet.of(Role.REPORTER)),
            new DemoUser("admin", "Sam Admin", EnumSet.of(Role.ADMIN)));

    public static final String NFL_STATEMENT =
            "Rebel fire killed Russian officers in southern Idlib, as well as Syrian soldiers working in the area.";

    private static final Logger LOG = Logger.getLogger(DemoNewsroom.class.getName());

    @PersistenceContext
    EntityManager em;

    public record DemoUser(String username, String displayName, Set<Role> roles) {}

    @PostConstruct
    void seed() {
        boolean empty = em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult() == 0;
        boolean demo = "true".equalsIgnoreCase(setting("FACTDESK_DEMO", "factdesk.demo", "false"));
        if (empty && demo) {
            seedNewsroom();
        } else if (empty) {
            seedAdministrator();
        }
        announce(demo);
    }

    private void seedAdministrator() {
        String password = setting("FACTDESK_ADMIN_PASSWORD", "factdesk.admin.password", null);
        if (password == null) {
            LOG.severe("Factdesk has no users and demo data is off. Set the environment variable "
                    + "FACTDESK_ADMIN_PASSWORD (at least " + Passwords.MIN_LENGTH + " characters, not a common "
                    + "password) and restart to create the first administrator 'admin'; or set FACTDESK_DEMO=true "
                    + "for the demo newsroom (not for production).");
            return;
        }
        String weakness = FirstAdministrator.weakness(password);
        if (weakness != null) {
            // The reason only: the password itself never reaches the log.
            LOG.severe("FACTDESK_ADMIN_PASSWORD was refused (" + weakness + "); no administrator was created. "
                    + "Set a password of at least " + Passwords.MIN_LENGTH + " characters that is not a common "
                    + "password and restart.");
            return;
        }
        // Also an editor: a newsroom of one must be able to open and move claims before it has other users.
        em.persist(new UserAccount(
                FirstAdministrator.USERNAME,
                "Administrator",
                Passwords.hash(password.toCharArray()),
                EnumSet.of(Role.ADMIN, Role.EDITOR)));
        em.persist(new Desk(FirstAdministrator.DESK_CODE, "General desk"));
        LOG.info("Created the first administrator 'admin' (password from FACTDESK_ADMIN_PASSWORD) and the desk "
                + "'general'. Change the password after the first login and unset the variable.");
    }

    private void seedNewsroom() {
        for (DemoUser user : USERS) {
            em.persist(new UserAccount(
                    user.username(), user.displayName(), Passwords.hash(DEMO_PASSWORD.toCharArray()), user.roles()));
        }
        Desk middleEast = persist(new Desk("middle-east", "Middle East desk"));
        Desk europe = persist(new Desk("europe", "Europe desk"));
        UserAccount checker = user("checker");
        Instant now = Instant.now();

        Source dawn = new Source("Dawn");
        dawn.setHeadline("Turkey-backed Syrian rebels pound government posts after deadly strike");
        dawn.setUrl("https://www.dawn.com/news/1587373");
        dawn.setDateline("BEIRUT");
        dawn.setPublishedOn(LocalDate.of(2020, 10, 28));
        dawn.setBody(sample());
        persist(dawn);

        Claimant mustafa = persist(
                new Claimant("Naji al-Mustafa", ClaimantKind.PERSON, "spokesman", "National Front for Liberation"));
        Claimant observatory =
                persist(new Claimant("Syrian Observatory for Human Rights", ClaimantKind.ORGANISATION, null, null));
        Claimant turkishMinistry =
                persist(new Claimant("Turkish Foreign Ministry", ClaimantKind.ORGANISATION, null, null));

        // The founding example: X said Y, unverified, with both hedges the report printed.
        Claim nfl = claim(
                NFL_STATEMENT,
                middleEast,
                Priority.HIGH,
                now.plus(Duration.ofHours(6)),
                "A spokesman for the NFL, Naji al-Mustafa, said the rebels’ military retaliation targeted and killed "
                        + "Russian officers in southern Idlib, as well as Syrian soldiers working in the area.",
                0.93,
                "syria",
                "idlib",
                "russia");
        nfl.setAttribution(new Attribution(mustafa, "said", AttributionCheck.UNCONFIRMED));
        Appearance nflInDawn = appear(nfl, dawn);
        nflInDawn.addHedge(HedgeKind.UNVERIFIED, "The report could not be independently verified");
        nflInDawn.addHedge(HedgeKind.NO_COMMENT, "there was no immediate comment from Russia or Syria");
        persist(nfl);

        Claim projectiles = claim(
                "Opposition fighters lobbed hundreds of projectiles at nearly 30 government posts "
                        + "in southern Idlib, western Aleppo and Latakia.",
                middleEast,
                Priority.NORMAL,
                now.plus(Duration.ofDays(1)),
                "The Britain-based Syrian Observatory for Human Rights recorded hundreds "
                        + "of projectiles lobbed by opposition fighters at nearly 30 government posts in different locations "
                        + "in southern Idlib, western Aleppo and the coastal province of Latakia.",
                0.88,
                "syria",
                "idlib");
        projectiles.setAttribution(new Attribution(observatory, "recorded", AttributionCheck.CONFIRMED));
        appear(projectiles, dawn);
        projectiles.apply(Transition.TRIAGE, "editor", null);
        persist(projectiles);

        Claim displaced = claim(
                "Some 1 million people were displaced by the last offensive in Idlib.",
                middleEast,
                Priority.HIGH,
                now.minus(Duration.ofHours(3)),
                "Some 1 million people were displaced by the last "
                        + "offensive inside the already packed enclave, home to over 3 million.",
                0.91,
                "syria",
                "refugees");
        appear(displaced, dawn);
        displaced.apply(Transition.TRIAGE, "editor", null);
        displaced.setAssignee(checker);
        displaced.apply(Transition.ASSIGN, "editor", null);
        persist(displaced);
        persist(new Evidence(
                        displaced,
                        "UNHCR flash update: nearly 1 million people displaced in north-west Syria "
                                + "between December 2019 and March 2020.",
                        EvidenceKind.DATA,
                        Stance.SUPPORTS,
                        AdmiraltyGrade.parse("B2")))
                .setUrl("https://data.unhcr.org/en/documents/details/74937");
        persist(new Comment(
                displaced,
                "@editor the UN figure is for Dec–Mar; checking whether Dawn means the same " + "offensive."));

        Claim deadliest = claim(
                "Monday’s strike was the deadliest in Idlib since the Turkish-Russian-brokered truce "
                        + "came into effect.",
                middleEast,
                Priority.NORMAL,
                now.plus(Duration.ofDays(2)),
                "Monday’s strike was the deadliest in Idlib since the Turkish-Russian-brokered truce there came into "
                        + "effect, raising fears that the truce could further fray.",
                0.84,
                "syria",
                "ceasefire");
        appear(deadliest, dawn);
        deadliest.apply(Transition.TRIAGE, "editor", null);
        deadliest.setAssignee(checker);
        deadliest.apply(Transition.ASSIGN, "editor", null);
        deadliest.setVerdict(new Verdict(
                rating("MOSTLY_TRUE"),
                "Casualty counts from monitors support it; the "
                        + "truce-era comparison rests on one monitor's records.",
                "checker"));
        deadliest.apply(Transition.SUBMIT, "checker", null);
        persist(deadliest);
        persist(new Evidence(
                deadliest,
                "Syrian Observatory casualty records since 5 March 2020.",
                EvidenceKind.MEDIA_REPORT,
                Stance.SUPPORTS,
                AdmiraltyGrade.parse("C2")));

        Claim population = claim(
                "The rebel-held Idlib enclave is home to over 3 million people.",
                middleEast,
                Priority.LOW,
                null,
                "… the already packed enclave, home to over 3 million.",
                0.79,
                "syria");
        appear(population, dawn);
        population.apply(Transition.TRIAGE, "editor", null);
        population.setAssignee(user("checker2"));
        population.apply(Transition.ASSIGN, "editor", null);
        Verdict populationVerdict = new Verdict(
                rating("TRUE"),
                "UN OCHA puts the population of north-west Syria at "
                        + "about 4 million, over 3 million of them in Idlib governorate.",
                "checker2");
        population.setVerdict(populationVerdict);
        population.apply(Transition.SUBMIT, "checker2", null);
        populationVerdict.approve("editor2", now.minus(Duration.ofHours(20)));
        population.apply(Transition.APPROVE, "editor2", null);
        populationVerdict.publish(now.minus(Duration.ofHours(19)));
        population.apply(Transition.PUBLISH, "editor2", null);
        persist(population);
        // what readers see with the verdict, and what stays with the desk
        Evidence ocha = persist(new Evidence(
                population,
                "UN OCHA humanitarian overview of north-west Syria: about "
                        + "4.1 million people, over 3 million of them in Idlib governorate.",
                EvidenceKind.DATA,
                Stance.SUPPORTS,
                AdmiraltyGrade.parse("A2")));
        ocha.setUrl("https://www.unocha.org/syria");
        ocha.setShownPublicly(true);
        persist(new Evidence(
                population,
                "Phone call with a local council member in Idlib city, who asked not to "
                        + "be named: camps have grown since spring.",
                EvidenceKind.EYEWITNESS,
                Stance.CONTEXT,
                AdmiraltyGrade.parse("C3")));

        Claim phoneCall = claim(
                "Cavusoglu and Lavrov discussed Idlib, Nagorno-Karabakh and Libya in a telephone call " + "on Tuesday.",
                europe,
                Priority.NORMAL,
                now.plus(Duration.ofDays(3)),
                "Turkish Foreign Minister "
                        + "Mevlut Cavusoglu and his Russian counterpart, Sergey Lavrov, discussed the attack in Idlib as well as "
                        + "the situation in Nagorno-Karabakh and Libya in a telephone call on Tuesday, the Turkish Foreign "
                        + "Ministry said.",
                0.62,
                "turkey",
                "russia");
        phoneCall.setAttribution(new Attribution(turkishMinistry, "said", AttributionCheck.UNCONFIRMED));
        appear(phoneCall, dawn);
        persist(phoneCall);

        Claim strain = claim(
                "Relations between Russia and Turkey show signs of strain over Ankara's military "
                        + "involvement from Syria to the Caucasus.",
                europe,
                Priority.LOW,
                null,
                "The escalation also comes as "
                        + "relations between Russia and Turkey … show signs of strain over Ankara’s increased military "
                        + "involvement in a region stretching from Syria to the Caucasus and the Mediterranean.",
                0.31,
                "turkey",
                "analysis");
        appear(strain, dawn);
        strain.apply(Transition.DISMISS, "editor", "Analysis, not a checkable statement of fact.");
        persist(strain);
    }

    private void announce(boolean demo) {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        StringBuilder banner = new StringBuilder("\n\n  Factdesk is starting at http://localhost:")
                .append(8080 + offset)
                .append("/factdesk/\n");
        if (demo) {
            banner.append("  Demo logins (password for all: ")
                    .append(DEMO_PASSWORD)
                    .append("):\n");
            for (DemoUser user : USERS) {
                banner.append(String.format("    %-9s %-14s %s%n", user.username(), user.displayName(), user.roles()));
            }
        }
        LOG.info(banner.toString());
    }

    private Claim claim(
            String statement,
            Desk desk,
            Priority priority,
            Instant due,
            String quote,
            double worthiness,
            String... tags) {
        Claim claim = new Claim(statement, desk);
        claim.setPriority(priority);
        claim.setDueAt(due);
        claim.setQuote(quote);
        claim.setCheckWorthiness(worthiness);
        claim.setTags(Set.of(tags));
        return claim;
    }

    private Appearance appear(Claim claim, Source source) {
        String body = source.getBody();
        String excerpt = claim.getQuote();
        Appearance appearance = claim.addAppearance(new Appearance(claim, source, excerpt));
        int start = body.indexOf(excerpt);
        if (start >= 0) {
            appearance.setOffsets(start, start + excerpt.length());
        }
        return appearance;
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private UserAccount user(String username) {
        return UserAccount.byUsername(em, username).orElseThrow();
    }

    private Rating rating(String code) {
        return em.createNamedQuery(Rating.FIND_BY_CODE, Rating.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    private static String sample() {
        try (InputStream in = DemoNewsroom.class.getResourceAsStream("dawn-2020-10-28-idlib.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property, System.getenv(env));
        return value == null || value.isBlank() ? fallback : value;
    }
}
