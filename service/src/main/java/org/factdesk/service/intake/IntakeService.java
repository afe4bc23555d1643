package org.factdesk.service.intake;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.factdesk.model.claim.Attribution;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Claimant;
import org.factdesk.model.claim.ClaimantKind;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.claim.ClaimService;
import org.factdesk.service.claim.NewClaim;

/**
 * Intake work that needs the database or the caller: similar-claim suggestions, and accepting a candidate
 * sentence as a claim with its source, appearance, attribution and hedges (through {@link ClaimService}, which
 * checks the role and links a duplicate).
 */
@Stateless
public class IntakeService {

    /** Words that make a speaker an organisation rather than a person: "the Turkish Foreign Ministry". */
    private static final java.util.regex.Pattern ORGANISATION = java.util.regex.Pattern.compile(
            "\\b(?:Ministry|Observatory|Agency|Army|Front|Council|Government|Office|Department|Committee|"
                    + "Organi[sz]ation|Forces?|Group|Union|Party|Police|Commission|Institute|Authority|Court|"
                    + "Company|Corporation|Bank|Association|Coalition|Alliance|Network|Movement|Brigades?)\\b");

    /** Suggestions shown per text. */
    public static final int MAX_SUGGESTIONS = 5;

    @Inject
    AccountService accounts;

    @Inject
    SimilarClaims similarClaims;

    @Inject
    ClaimService claims;

    /** Fact-checks other organisations published on claims resembling the text. Any logged-in user. */
    public List<CheckedElsewhere> checkedElsewhere(@NotNull String text) {
        accounts.currentUser();
        return similarClaims.checkedElsewhere(text, MAX_SUGGESTIONS);
    }

    /**
     * For each text, the claims it resembles and the fact-checks published elsewhere on claims like it, each
     * text embedded once for both. Any logged-in user.
     */
    public List<Resembling> resembling(@NotNull List<@NotNull String> texts) {
        accounts.currentUser();
        return similarClaims.resembling(texts, MAX_SUGGESTIONS);
    }

    /** Opens the candidate as a claim: statement = the assertion (or the sentence), quote = the sentence. */
    public Claim accept(@NotNull @Valid Candidate candidate) {
        String statement =
                candidate.assertion() == null || candidate.assertion().isBlank()
                        ? candidate.sentence()
                        : capitalise(candidate.assertion().strip());
        NewClaim.Speaker speaker = null;
        SpeechAttribution a = candidate.attribution();
        if (a != null) {
            boolean person =
                    a.role() != null || !ORGANISATION.matcher(a.speaker()).find();
            speaker = new NewClaim.Speaker(
                    cut(a.speaker(), Claimant.NAME_MAX),
                    person ? ClaimantKind.PERSON : ClaimantKind.ORGANISATION,
                    cut(a.role(), Claimant.ROLE_MAX),
                    cut(a.organisation(), Claimant.AFFILIATION_MAX),
                    cut(a.verb(), Attribution.VERB_MAX));
        }
        List<NewClaim.Caveat> caveats = candidate.hedges() == null
                ? List.of()
                : candidate.hedges().stream()
                        .map(h -> new NewClaim.Caveat(h.kind(), cut(h.text(), org.factdesk.model.claim.Hedge.TEXT_MAX)))
                        .distinct()
                        .toList();
        NewClaim.Placement placement = new NewClaim.Placement(
                candidate.sourceId(),
                candidate.sourceId() == null ? candidate.source() : null,
                candidate.sentence(),
                candidate.start(),
                candidate.end(),
                caveats);
        return claims.create(new NewClaim(
                cut(statement, Claim.STATEMENT_MAX),
                cut(candidate.sentence(), Claim.QUOTE_MAX),
                null,
                candidate.desk(),
                null,
                null,
                null,
                candidate.checkWorthiness(),
                speaker,
                placement));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
