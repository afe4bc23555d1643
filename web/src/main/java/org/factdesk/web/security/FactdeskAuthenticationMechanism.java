package org.factdesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.model.security.SecurityEventKind;
import org.factdesk.service.metrics.NewsroomMetrics;
import org.factdesk.service.security.Authenticator;
import org.factdesk.service.security.Authenticator.Result;
import org.factdesk.service.security.Authenticator.Throttled;
import org.factdesk.service.security.Authenticator.Valid;
import org.factdesk.service.security.SecurityEvents;
import org.factdesk.web.i18n.Texts;

/**
 * Three ways in, one {@link Authenticator}. People log in through the Faces login page and keep a session
 * (its id renewed at login); API clients send HTTP Basic or a personal API token ({@code Authorization:
 * Bearer}) on each request under {@code /api/} and get no session, and a JSON problem (401, or 429 while
 * throttled), never a redirect to an HTML page, when they fail.
 *
 * <p>The session is not applied by Jakarta Security ({@code @AutoApplySession}) but here, on every request:
 * the user row is read again, so a deactivated user or one whose password was reset is out at once. A
 * browser session reaches the API too (the queue's CSV export link), but a state-changing API request that
 * relies on the session must come from Factdesk's own pages — {@link SameOrigin} — so a page on another site
 * cannot make a logged-in browser act.
 */
@ApplicationScoped
public class FactdeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";
    static final String LOGIN_PAGE = "/login.xhtml";
    /** Session attribute: the page a person asked for before being sent to log in. */
    public static final String RETURN_TO = "factdesk.returnTo";
    /** Request attribute set when a form login was refused for throttling: seconds to wait (a Long). */
    public static final String RETRY_AFTER = "factdesk.login.retryAfter";

    static final String LOGIN = "factdesk.login";
    private static final long DISCARD_MAX = 1L << 20;

    /** What a session remembers of its login: the user and the stamp of the password they used. */
    record SessionLogin(String username, String stamp) implements Serializable {}

    @Inject
    Authenticator authenticator;

    @Inject
    SessionRegistry sessions;

    @Inject
    SecurityEvents events;

    @Inject
    NewsroomMetrics metrics;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return formLogin(request, form, context);
        }
        boolean api = isApi(request);
        String header = request.getHeader("Authorization");
        if (api && header != null) {
            Result result;
            if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
                String[] pair = basic(header.substring(6).trim());
                result = authenticator.login(pair[0], pair[1].toCharArray(), request.getRemoteAddr());
                if (!(result instanceof Valid)) {
                    metrics.loginFailed();
                    return refuse(request, response, result, "error.badCredentials");
                }
            } else if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                result = authenticator.token(header.substring(7).trim(), request.getRemoteAddr());
                if (!(result instanceof Valid)) {
                    return refuse(request, response, result, "error.badToken");
                }
            } else {
                return refuse(request, response, new Authenticator.Invalid(), "error.loginRequired");
            }
            Valid valid = (Valid) result;
            return context.notifyContainerAboutLogin(valid.username(), valid.roles());
        }
        Optional<Valid> session = fromSession(request);
        if (session.isPresent()) {
            if (api && !SameOrigin.safeMethod(request) && !SameOrigin.check(request)) {
                events.record(
                        SecurityEventKind.CROSS_SITE_REFUSED,
                        session.get().username(),
                        null,
                        request.getRemoteAddr(),
                        request.getMethod() + " " + path(request));
                return problem(request, response, 403, "problem.crossSite", "error.crossSite", null);
            }
            return context.notifyContainerAboutLogin(
                    session.get().username(), session.get().roles());
        }
        if (!api) {
            return context.isProtected() ? toLoginPage(request, response, context) : context.doNothing();
        }
        if (context.isProtected()) {
            return refuse(request, response, new Authenticator.Invalid(), "error.loginRequired");
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, UsernamePasswordCredential form, HttpMessageContext context) {
        Result result = authenticator.login(form.getCaller(), form.getPassword().getValue(), request.getRemoteAddr());
        if (result instanceof Throttled throttled) {
            request.setAttribute(RETRY_AFTER, throttled.retryAfterSeconds());
        }
        if (!(result instanceof Valid valid)) {
            metrics.loginFailed();
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at login: an id planted before login (session fixation) is worth nothing after it.
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        } else {
            session = request.getSession(true);
        }
        session = request.getSession();
        session.setAttribute(LOGIN, new SessionLogin(valid.username(), valid.stamp()));
        sessions.add(valid.username(), session);
        return context.notifyContainerAboutLogin(valid.username(), valid.roles());
    }

    private Optional<Valid> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object login;
        try {
            login = session.getAttribute(LOGIN);
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
        if (!(login instanceof SessionLogin remembered)) {
            return Optional.empty();
        }
        Optional<Valid> valid = authenticator.resume(remembered.username(), remembered.stamp());
        if (valid.isEmpty()) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // ended meanwhile
            }
        }
        return valid;
    }

    /**
     * Sends a person to the login page, remembering the page they wanted (GET only: a form post cannot be
     * replayed). Faces ajax requests get a partial-response redirect, which the browser follows.
     */
    private static AuthenticationStatus toLoginPage(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            try {
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>" + "<redirect url=\""
                                + login + "?expired=true\"/></partial-response>");
            } catch (IOException e) {
                // the client went away
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }

    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith(API_PREFIX);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String[] basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? new String[] {"", ""}
                : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static AuthenticationStatus refuse(
            HttpServletRequest request, HttpServletResponse response, Result result, String detailKey) {
        if (result instanceof Throttled throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            return problem(
                    request, response, 429, "problem.throttled", "error.throttled", throttled.retryAfterSeconds());
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Factdesk\", charset=\"UTF-8\"");
        return problem(request, response, 401, "problem.unauthorized", detailKey, null);
    }

    private static AuthenticationStatus problem(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String titleKey,
            String detailKey,
            Object argument) {
        // The request body is read and dropped first: Undertow treats an exchange whose body is unread as not
        // complete and would call sendError on the committed response, logging an ERROR per refused POST.
        discardBody(request);
        // Written here, and answered SEND_CONTINUE ("the mechanism wrote the response"), because a failure
        // status would make the container replace this body with its HTML error page.
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String type = status == 401 ? "unauthorized" : status == 429 ? "throttled" : "cross-site";
        try {
            response.getWriter()
                    .write("{\"type\":\"https://factdesk.org/problems/" + type + "\",\"title\":\""
                            + json(text(titleKey)) + "\",\"status\":" + status + ",\"detail\":\""
                            + json(text(detailKey, argument)) + "\",\"code\":\"" + detailKey + "\"}");
            // Closing completes the exchange; Undertow would otherwise call sendError on the committed response
            // and log an error for every unauthenticated API call.
            response.getWriter().close();
        } catch (IOException e) {
            // the client went away; the status is all that matters
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Reads what is left of the request body (at most {@link #DISCARD_MAX} bytes) and forgets it. */
    private static void discardBody(HttpServletRequest request) {
        try {
            InputStream in = request.getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            for (int n = in.read(buffer); n >= 0 && read < DISCARD_MAX; n = in.read(buffer)) {
                read += n;
            }
        } catch (IOException | IllegalStateException e) {
            // nothing to discard, or the client went away
        }
    }

    private static String text(String key, Object... arguments) {
        return Texts.format(Locale.ENGLISH, key, arguments);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
