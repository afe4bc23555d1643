package org.factdesk.web.view.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.desk.Desk;
import org.factdesk.model.intake.FeedItem;
import org.factdesk.service.common.FactdeskException;
import org.factdesk.service.desk.DeskService;
import org.factdesk.service.intake.Analysis;
import org.factdesk.service.intake.AnalyzedSentence;
import org.factdesk.service.intake.FeedService;
import org.factdesk.service.intake.IntakeAnalyzer;
import org.factdesk.service.intake.IntakeService;
import org.factdesk.service.intake.Resembling;
import org.factdesk.web.view.Feedback;

/**
 * The intake page: paste a report (or pick a recent feed item), see its candidate claims highlighted by
 * check-worthiness with attribution and hedges, the existing claims each resembles, and accept one as a claim.
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT_ITEMS = 30;

    @Inject
    transient IntakeAnalyzer analyzer;

    @Inject
    transient IntakeService intake;

    @Inject
    transient FeedService feeds;

    @Inject
    transient DeskService desks;

    @Inject
    transient Feedback feedback;

    private final IntakeForm form = new IntakeForm();
    private List<FeedItem> recentItems;
    private List<Desk> deskList;
    private ArticleView article;
    private List<CandidateView> candidates = List.of();

    @PostConstruct
    void init() {
        recentItems = feeds.recentItems(RECENT_ITEMS);
        deskList = desks.listAll();
        form.setDesk(deskList.isEmpty() ? null : deskList.get(0).getCode());
    }

    /** Copies the picked feed item's article into the form; the claim will point at its source. */
    public void pickFeedItem() {
        recentItems.stream()
                .filter(i -> i.getId().equals(form.getFeedItemId()))
                .findFirst()
                .ifPresent(form::pick);
    }

    public void analyze() {
        if (!form.isTextValid()) {
            message(FacesMessage.SEVERITY_ERROR, "intake.message.textInvalid");
            return;
        }
        Analysis analysis;
        try {
            analysis = analyzer.analyze(form.getText());
        } catch (FactdeskException e) { // not English, or the models did not load: the text stays as typed
            message(FacesMessage.SEVERITY_ERROR, e.getMessageKey(), e.getArguments());
            return;
        }
        article = ArticleView.of(analysis);
        List<AnalyzedSentence> sentences = analysis.candidates();
        List<Resembling> resembling = intake.resembling(
                sentences.stream().map(s -> s.assertion().orElse(s.text())).toList());
        List<CandidateView> found = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Resembling r = resembling.get(i);
            found.add(new CandidateView(sentences.get(i), r.claims(), r.checkedElsewhere()));
        }
        candidates = found;
    }

    /** Opens the candidate as a claim and goes to its page. */
    public void accept(CandidateView candidate) throws IOException {
        try {
            Claim claim = intake.accept(
                    form.candidate(candidate.sentence(), feedback.text("intake.input.publisher.default")));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/claim/index.xhtml?id="
                            + claim.getId());
        } catch (FactdeskException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessageKey(), e.getArguments());
        }
    }

    private void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(severity, feedback.text(key, arguments), null));
    }

    public IntakeForm getForm() {
        return form;
    }

    public List<FeedItem> getRecentItems() {
        return recentItems;
    }

    public List<Desk> getDeskList() {
        return deskList;
    }

    public ArticleView getArticle() {
        return article;
    }

    public List<CandidateView> getCandidates() {
        return candidates;
    }
}
