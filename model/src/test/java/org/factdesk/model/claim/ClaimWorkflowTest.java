package org.factdesk.model.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.factdesk.model.desk.Desk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimWorkflowTest {

    private final Claim claim = new Claim(
            "Rebel fire killed Russian officers in southern Idlib.", new Desk("middle-east", "Middle East desk"));

    @Test
    void aNewClaimIsUnverifiedAndOpen() {
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.NEW);
        assertThat(claim.getStatus().isOpen()).isTrue();
        assertThat(claim.isAttributed()).isFalse();
    }

    @Test
    void theHappyPathReachesPublishedAndRecordsEveryStep() {
        for (Transition t : List.of(
                Transition.TRIAGE, Transition.ASSIGN, Transition.SUBMIT, Transition.APPROVE, Transition.PUBLISH)) {
            claim.apply(t, "editor", null);
        }
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.PUBLISHED);
        assertThat(claim.getHistory())
                .extracting(StatusChange::getToStatus)
                .containsExactly(
                        ClaimStatus.TRIAGED,
                        ClaimStatus.IN_REVIEW,
                        ClaimStatus.AWAITING_APPROVAL,
                        ClaimStatus.APPROVED,
                        ClaimStatus.PUBLISHED);
        assertThat(claim.getHistory().get(0).getFromStatus()).isEqualTo(ClaimStatus.NEW);
    }

    @Test
    void aMoveNotInTheTableIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> claim.apply(Transition.PUBLISH, "editor", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PUBLISH")
                .hasMessageContaining("NEW");
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.NEW);
        assertThat(claim.getHistory()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Transition.class,
            names = {"DISMISS", "SEND_BACK", "CORRECT", "REOPEN", "UNPUBLISH"})
    void movesThatNeedAReasonRefuseABlankOne(Transition transition) {
        assertThat(transition.isReasonRequired()).isTrue();
        Claim atStart = claimAt(transition.getFrom().iterator().next());
        ClaimStatus before = atStart.getStatus();
        assertThatThrownBy(() -> atStart.apply(transition, "editor", "  "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(atStart.getStatus()).isEqualTo(before);
        atStart.apply(transition, "editor", "A reason");
        assertThat(atStart.getHistory().get(atStart.getHistory().size() - 1).getReason())
                .isEqualTo("A reason");
    }

    @Test
    void sendBackReturnsToReviewAndCorrectionIsRepeatable() {
        Claim awaiting = claimAt(ClaimStatus.AWAITING_APPROVAL);
        awaiting.apply(Transition.SEND_BACK, "editor2", "Needs the UN source");
        assertThat(awaiting.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);

        Claim published = claimAt(ClaimStatus.PUBLISHED);
        published.apply(Transition.CORRECT, "editor", "Figure was for a different offensive");
        published.apply(Transition.CORRECT, "editor", "Headline wording");
        assertThat(published.getStatus()).isEqualTo(ClaimStatus.CORRECTED);
    }

    @Test
    void everyStatusButTheTerminalOnesOffersAMove() {
        for (ClaimStatus status : EnumSet.allOf(ClaimStatus.class)) {
            assertThat(Transition.from(status)).as("moves from %s", status).isNotEmpty();
        }
        assertThat(Transition.from(ClaimStatus.NEW)).containsExactlyInAnyOrder(Transition.TRIAGE, Transition.DISMISS);
    }

    @Test
    void attributionKeepsWhoSaidItApartFromTheAssertion() {
        Claimant spokesman =
                new Claimant("Naji al-Mustafa", ClaimantKind.PERSON, "spokesman", "National Front for Liberation");
        claim.setAttribution(new Attribution(spokesman, "said", AttributionCheck.UNCONFIRMED));
        claim.setAttribution(claim.getAttribution().withCheck(AttributionCheck.CONFIRMED));

        assertThat(claim.isAttributed()).isTrue();
        assertThat(claim.getAttribution().getCheck()).isEqualTo(AttributionCheck.CONFIRMED);
        assertThat(claim.getStatus())
                .as("that he said it does not verify what he said")
                .isEqualTo(ClaimStatus.NEW);
        assertThat(spokesman.describe()).isEqualTo("Naji al-Mustafa, spokesman, National Front for Liberation");
        assertThatThrownBy(() -> new Attribution(spokesman, " ", AttributionCheck.UNCONFIRMED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hedgesBelongToTheAppearance() {
        Appearance appearance = claim.addAppearance(
                new Appearance(claim, new org.factdesk.model.source.Source("Dawn"), "A spokesman for the NFL … said"));
        appearance.addHedge(HedgeKind.UNVERIFIED, "The report could not be independently verified");
        appearance.addHedge(HedgeKind.NO_COMMENT, "there was no immediate comment from Russia or Syria");
        assertThat(claim.getAppearances())
                .singleElement()
                .satisfies(a -> assertThat(a.getHedges())
                        .extracting(Hedge::getKind)
                        .containsExactly(HedgeKind.UNVERIFIED, HedgeKind.NO_COMMENT));
        assertThatThrownBy(() -> appearance.setOffsets(10, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Claim claimAt(ClaimStatus status) {
        Claim c = new Claim("A claim", new Desk("d", "Desk"));
        List<Transition> path = switch (status) {
            case NEW -> List.of();
            case TRIAGED -> List.of(Transition.TRIAGE);
            case DISMISSED -> List.of(Transition.DISMISS);
            case IN_REVIEW -> List.of(Transition.TRIAGE, Transition.ASSIGN);
            case AWAITING_APPROVAL -> List.of(Transition.TRIAGE, Transition.ASSIGN, Transition.SUBMIT);
            case APPROVED -> List.of(Transition.TRIAGE, Transition.ASSIGN, Transition.SUBMIT, Transition.APPROVE);
            case PUBLISHED ->
                List.of(
                        Transition.TRIAGE,
                        Transition.ASSIGN,
                        Transition.SUBMIT,
                        Transition.APPROVE,
                        Transition.PUBLISH);
            case CORRECTED ->
                List.of(
                        Transition.TRIAGE,
                        Transition.ASSIGN,
                        Transition.SUBMIT,
                        Transition.APPROVE,
                        Transition.PUBLISH,
                        Transition.CORRECT);
        };
        path.forEach(t -> c.apply(t, "editor", "reason"));
        return c;
    }
}
