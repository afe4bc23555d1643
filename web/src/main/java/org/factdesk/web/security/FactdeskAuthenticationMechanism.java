package org.factdesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.factdesk.service.metrics.NewsroomMetrics;

/**
 * Two ways in, one identity store. People log in through the Faces login page and keep a session; API
 * clients send HTTP Basic on each request under {@code /api/} and get a JSON problem (401), never a redirect
 * to an HTML page, when they do not.
 */
@ApplicationScoped
@AutoApplySession
public class FactdeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";
    static final String LOGIN_PAGE = "/login.xhtml";
    /** Session attribute: the page a person asked for before being sent to log in. */
    public static final String RETURN_TO = "factdesk.returnTo";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    NewsroomMetrics metrics;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(counted(identityStores.validate(credential)));
        }
        if (!isApi(request)) {
            return context.isProtected() ? toLoginPage(request, response, context) : context.doNothing();
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = counted(identityStores.validate(basic(header.substring(6).trim())));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(response, context, "The user name or password is not right.");
        }
        if (context.isProtected()) {
            return unauthorized(response, context, "Log in with HTTP Basic authentication.");
        }
        return context.doNothing();
    }

    /** Counts refused logins for the metrics (factdesk_logins_failed_total). */
    private CredentialValidationResult counted(CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            metrics.loginFailed();
        }
        return result;
    }

    /**
     * Sends a person to the login page, remembering the page they wanted (GET only: a form post cannot be
     * replayed). Faces ajax requests get a partial-response redirect, which the browser follows.
     */
    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            try {
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + login + "?expired=true\"/></partial-response>");
            } catch (IOException e) {
                // the client went away
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PREFIX);
    }

    private static UsernamePasswordCredential basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? new UsernamePasswordCredential("", "")
                : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
            String detail) {
        // Written here, and answered SEND_CONTINUE ("the mechanism wrote the response"), because a failure
        // status would make the container replace this body with its HTML error page.
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Factdesk\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"" + detail + "\"}");
            // Closing completes the exchange; Undertow would otherwise call sendError on the committed response
            // and log an error for every unauthenticated API call.
            response.getWriter().close();
        } catch (IOException e) {
            // the client went away; the status is all that matters
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
