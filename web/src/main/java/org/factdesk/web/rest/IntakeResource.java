package org.factdesk.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.model.intake.Feed;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.intake.FeedImport;
import org.factdesk.service.intake.FeedService;
import org.factdesk.service.intake.IntakeAnalyzer;
import org.factdesk.service.intake.IntakeService;
import org.factdesk.service.intake.Resembling;
import org.factdesk.service.intake.SentenceEmbeddings;
import org.factdesk.service.intake.SimilarClaims;
import org.factdesk.web.rest.Dtos.AnalysisDto;
import org.factdesk.web.rest.Dtos.AnalyzeInput;
import org.factdesk.web.rest.Dtos.CheckedElsewhereDto;
import org.factdesk.web.rest.Dtos.FeedDto;
import org.factdesk.web.rest.Dtos.FeedImportDto;
import org.factdesk.web.rest.Dtos.FeedInput;
import org.factdesk.web.rest.Dtos.ScoreInput;
import org.factdesk.web.rest.Dtos.ScoresDto;
import org.factdesk.web.rest.Dtos.SimilarClaimDto;
import org.factdesk.web.rest.Dtos.SimilarClaimsDto;
import org.factdesk.web.rest.Dtos.SimilarInput;

/**
 * Intake: analysing news text for candidate claims (attribution, hedges, check-worthiness), scoring sentences,
 * similar existing claims, and the feeds articles come from. Analyze and score touch no database — only the
 * caller's login — so they scale with the CPU alone.
 */
@Tag(name = "intake")
@Path("/intake")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntakeResource {

    private static final int PAYLOAD_TOO_LARGE = 413;

    @Inject
    IntakeAnalyzer analyzer;

    @Inject
    IntakeService intake;

    @Inject
    SentenceEmbeddings embeddings;

    @Inject
    FeedService feeds;

    @Inject
    AccountService accounts;

    @jakarta.ws.rs.core.Context
    UriInfo uriInfo;

    @POST
    @Path("analyze")
    public AnalysisDto analyze(AnalyzeInput input) {
        String text = requireText(input == null ? null : input.text());
        return DtoMapper.analysis(analyzer.analyze(text), input.source());
    }

    @POST
    @Path("score")
    public ScoresDto score(ScoreInput input) {
        accounts.currentUser();
        List<String> sentences = input == null ? null : input.sentences();
        if (sentences == null || sentences.isEmpty()) {
            throw new InvalidInputException("sentences", "error.sentencesRequired", "Send at least one sentence");
        }
        if (sentences.size() > IntakeAnalyzer.MAX_SENTENCES) {
            throw tooLarge("Send at most " + IntakeAnalyzer.MAX_SENTENCES + " sentences per request, not "
                    + sentences.size() + ".");
        }
        long characters = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i) == null) {
                throw new InvalidInputException(
                        "sentences[" + i + "]", "error.sentenceMissing", "Sentence " + i + " is null", i);
            }
            characters += sentences.get(i).length();
        }
        if (characters > IntakeAnalyzer.MAX_TEXT) {
            throw tooLarge(
                    "The sentences hold " + characters + " characters; the limit is " + IntakeAnalyzer.MAX_TEXT + ".");
        }
        return new ScoresDto(Arrays.stream(analyzer.score(sentences)).boxed().toList(), analyzer.threshold());
    }

    @POST
    @Path("similar")
    public SimilarClaimsDto similar(SimilarInput input) {
        String text = requireText(input == null ? null : input.text());
        Resembling found = intake.resembling(List.of(text)).get(0);
        List<SimilarClaimDto> claims =
                found.claims().stream().map(DtoMapper::similar).toList();
        List<CheckedElsewhereDto> checked = found.checkedElsewhere().stream()
                .map(DtoMapper::checkedElsewhere)
                .toList();
        // asked after the searches, which wait for a model still loading at start
        boolean byMeaning = embeddings.available();
        return new SimilarClaimsDto(
                byMeaning ? SimilarClaims.SUGGEST : SimilarClaims.SUGGEST_WORDS,
                byMeaning ? SimilarClaims.MATCH : SimilarClaims.MATCH_WORDS,
                byMeaning,
                claims,
                checked);
    }

    @GET
    @Path("feeds")
    public List<FeedDto> listFeeds() {
        return feeds.list().stream().map(DtoMapper::feed).toList();
    }

    @POST
    @Path("feeds")
    public Response registerFeed(FeedInput input) {
        if (input == null || input.url() == null || input.url().isBlank()) {
            throw new InvalidInputException("url", "error.feedUrlRequired", "Give the feed's URL");
        }
        Feed feed = feeds.register(input.url());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(feed.getId().toString())
                        .build())
                .entity(DtoMapper.feed(feed))
                .build();
    }

    @POST
    @Path("feeds/{id}/import")
    public FeedImportDto importFeed(@PathParam("id") long id) {
        FeedImport result = feeds.importNow(id);
        return new FeedImportDto(result.feedId(), result.title(), result.read(), result.imported());
    }

    /** Any logged-in user; the text present, not blank, and within the size limit. */
    private String requireText(String text) {
        accounts.currentUser();
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "error.textRequired", "Send the text to analyse");
        }
        if (text.length() > IntakeAnalyzer.MAX_TEXT) {
            throw tooLarge(
                    "The text has " + text.length() + " characters; the limit is " + IntakeAnalyzer.MAX_TEXT + ".");
        }
        return text;
    }

    private static WebApplicationException tooLarge(String detail) {
        return new WebApplicationException(detail, PAYLOAD_TOO_LARGE);
    }
}
