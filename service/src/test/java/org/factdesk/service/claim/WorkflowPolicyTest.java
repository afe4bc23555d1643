package org.factdesk.service.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.claim.Transition;
import org.factdesk.model.desk.Desk;
import org.factdesk.model.verdict.Rating;
import org.factdesk.model.verdict.Verdict;
import org.factdesk.service.common.FactdeskException;
import org.factdesk.service.common.ForbiddenException;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.InvalidTransitionException;
import org.junit.jupiter.api.Test;

class WorkflowPolicyTest {

    private final UserAccount editor = user("editor", Role.EDITOR);
    private final UserAccount editor2 = user("editor2", Role.EDITOR);
    private final UserAccount checker = user("checker", Role.FACT_CHECKER);
    private final UserAccount checker2 = user("checker2", Role.FACT_CHECKER);
    private final UserAccount reporter = user("reporter", Role.REPORTER);
    private final UserAccount admin = user("admin", Role.ADMIN);

    @Test
    void onlyEditorsTriage() {
        Claim claim = newClaim();
        assertThat(WorkflowPolicy.refusal(editor, claim, Transition.TRIAGE, null, null))
                .isEmpty();
        assertThat(refusal(reporter, claim, Transition.TRIAGE))
                .get()
                .isInstanceOf(ForbiddenException.class)
                .extracting(FactdeskException::getMessageKey)
                .isEqualTo("error.transitionRole");
        assertThat(refusal(checker, claim, Transition.TRIAGE)).get().isInstanceOf(ForbiddenException.class);
        assertThat(refusal(admin, claim, Transition.TRIAGE)).get().isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aMoveFromTheWrongStatusIsAnInvalidTransitionWhoeverAsks() {
        assertThat(refusal(editor, newClaim(), Transition.PUBLISH))
                .get()
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void dismissNeedsAReason() {
        assertThat(WorkflowPolicy.refusal(editor, newClaim(), Transition.DISMISS, " ", null))
                .get()
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("reason"));
        assertThat(WorkflowPolicy.refusal(editor, newClaim(), Transition.DISMISS, "Opinion", null))
                .isEmpty();
    }

    @Test
    void assignNeedsAnActiveFactChecker() {
        Claim triaged = newClaim();
        triaged.apply(Transition.TRIAGE, "editor", null);
        assertThat(WorkflowPolicy.refusal(editor, triaged, Transition.ASSIGN, null, null))
                .get()
                .extracting(FactdeskException::getMessageKey)
                .isEqualTo("error.assigneeRequired");
        assertThat(WorkflowPolicy.refusal(editor, triaged, Transition.ASSIGN, null, reporter))
                .get()
                .extracting(FactdeskException::getMessageKey)
                .isEqualTo("error.assigneeNotFactChecker");
        UserAccount gone = user("gone", Role.FACT_CHECKER);
        gone.setActive(false);
        assertThat(WorkflowPolicy.refusal(editor, triaged, Transition.ASSIGN, null, gone))
                .isPresent();
        assertThat(WorkflowPolicy.refusal(editor, triaged, Transition.ASSIGN, null, checker))
                .isEmpty();
    }

    @Test
    void onlyTheAssigneeOrAnEditorSubmitsAndOnlyWithADraft() {
        Claim claim = inReview(checker);
        assertThat(WorkflowPolicy.refusal(checker, claim, Transition.SUBMIT, null, null))
                .get()
                .extracting(FactdeskException::getMessageKey)
                .isEqualTo("error.verdictMissing");
        claim.setVerdict(new Verdict(rating(), "Unproven so far", "checker"));
        assertThat(WorkflowPolicy.refusal(checker, claim, Transition.SUBMIT, null, null))
                .isEmpty();
        assertThat(refusal(checker2, claim, Transition.SUBMIT))
                .get()
                .extracting(FactdeskException::getMessageKey)
                .isEqualTo("error.notAssignee");
        UserAccount editingChecker = user("lead", Role.EDITOR, Role.FACT_CHECKER);
        assertThat(WorkflowPolicy.refusal(editingChecker, claim, Transition.SUBMIT, null, null))
                .isEmpty();
    }

    @Test
    void fourEyesTheDrafterCannotApproveButAnotherEditorCan() {
        UserAccount editingChecker = user("lead", Role.EDITOR, Role.FACT_CHECKER);
        Claim claim = inReview(editingChecker);
        claim.setVerdict(new Verdict(rating(), "Mostly true", "lead"));
        claim.apply(Transition.SUBMIT, "lead", null);

        assertThat(refusal(editingChecker, claim, Transition.APPROVE))
                .get()
                .isInstanceOf(ForbiddenException.class)
                .extracting(FactdeskException::getMessageKey)
                .isEqualTo("error.fourEyes");
        assertThat(WorkflowPolicy.available(editingChecker, claim)).containsExactly(Transition.SEND_BACK);
        assertThat(refusal(editor2, claim, Transition.APPROVE)).isEmpty();
        assertThat(WorkflowPolicy.available(editor2, claim))
                .containsExactlyInAnyOrder(Transition.SEND_BACK, Transition.APPROVE);
    }

    @Test
    void availableMovesFollowRoles() {
        Claim claim = newClaim();
        assertThat(WorkflowPolicy.available(editor, claim))
                .containsExactlyInAnyOrder(Transition.TRIAGE, Transition.DISMISS);
        assertThat(WorkflowPolicy.available(reporter, claim)).isEmpty();
        assertThat(WorkflowPolicy.available(checker, claim)).isEmpty();
    }

    @Test
    void draftingIsForTheAssigneeOrAnEditorWhileInReview() {
        Claim claim = inReview(checker);
        assertThat(WorkflowPolicy.draftRefusal(checker, claim)).isEmpty();
        assertThat(WorkflowPolicy.draftRefusal(checker2, claim)).isPresent();
        assertThat(WorkflowPolicy.draftRefusal(reporter, claim)).isPresent();
        assertThat(WorkflowPolicy.draftRefusal(editor, claim)).isEmpty();
        assertThat(WorkflowPolicy.draftRefusal(checker, newClaim()))
                .get()
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void thePermissionsHandedToScreensAreTheRulesAnswers() {
        Claim claim = inReview(checker);
        // a reporter was shown the verdict form and the evidence button on a claim in review; the service refuses both
        ClaimPermissions reporterMay = ClaimPermissions.of(reporter, claim);
        assertThat(reporterMay.mayDraft()).isFalse();
        assertThat(reporterMay.draftRefusal()).isEqualTo("error.roleRequired");
        assertThat(reporterMay.mayChangeEvidence()).isFalse();
        assertThat(reporterMay.draftsHidden()).isTrue();
        // a fact-checker who is not the assignee may add evidence but not draft, and is told why
        ClaimPermissions otherChecker = ClaimPermissions.of(checker2, claim);
        assertThat(otherChecker.draftRefusal()).isEqualTo("error.notAssignee");
        assertThat(otherChecker.mayChangeEvidence()).isTrue();
        assertThat(ClaimPermissions.of(checker, claim).mayDraft()).isTrue();
        assertThat(ClaimPermissions.of(editor, claim).mayDraft()).isTrue();

        // four eyes: the drafting editor reviews the approval but may only send it back
        UserAccount lead = user("lead", Role.EDITOR, Role.FACT_CHECKER);
        Claim submitted = inReview(lead);
        submitted.setVerdict(new Verdict(rating(), "Mostly true", "lead"));
        submitted.apply(Transition.SUBMIT, "lead", null);
        ClaimPermissions drafter = ClaimPermissions.of(lead, submitted);
        assertThat(drafter.approvalReview()).isTrue();
        assertThat(drafter.drafter()).isTrue();
        assertThat(drafter.mayMake(Transition.APPROVE)).isFalse();
        assertThat(ClaimPermissions.of(editor2, submitted).mayMake(Transition.APPROVE))
                .isTrue();
        assertThat(ClaimPermissions.of(checker, submitted).approvalReview()).isFalse();
    }

    @Test
    void evidenceIsForFactCheckersAndEditorsOnClaimsNotDismissed() {
        Claim claim = newClaim();
        assertThat(WorkflowPolicy.evidenceRefusal(checker, claim)).isEmpty();
        assertThat(WorkflowPolicy.evidenceRefusal(reporter, claim)).get().isInstanceOf(ForbiddenException.class);
        claim.apply(Transition.DISMISS, "editor", "opinion");
        assertThat(WorkflowPolicy.evidenceRefusal(editor, claim)).get().isInstanceOf(InvalidTransitionException.class);
    }

    private Optional<FactdeskException> refusal(UserAccount actor, Claim claim, Transition transition) {
        return WorkflowPolicy.refusal(actor, claim, transition, "a reason", null);
    }

    private Claim inReview(UserAccount assignee) {
        Claim claim = newClaim();
        claim.apply(Transition.TRIAGE, "editor", null);
        claim.setAssignee(assignee);
        claim.apply(Transition.ASSIGN, "editor", null);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
        return claim;
    }

    private static Claim newClaim() {
        return new Claim("Some 1 million people were displaced.", new Desk("middle-east", "Middle East desk"));
    }

    private static Rating rating() {
        return new Rating("UNPROVEN", "Unproven", null, 70);
    }

    private static UserAccount user(String name, Role... roles) {
        return new UserAccount(name, name, "hash", EnumSet.of(roles[0], roles));
    }
}
