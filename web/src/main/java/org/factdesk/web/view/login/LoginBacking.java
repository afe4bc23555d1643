package org.factdesk.web.view.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Locale;
import org.factdesk.web.i18n.Texts;
import org.factdesk.web.security.FactdeskAuthenticationMechanism;

/** The login form: hands the credential to Jakarta Security, which returns the user to the page they wanted. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                Object wanted = external.getSessionMap().remove(FactdeskAuthenticationMechanism.RETURN_TO);
                String target = wanted instanceof String url && url.startsWith(external.getRequestContextPath() + "/")
                        ? url
                        : external.getRequestContextPath() + "/";
                external.redirect(target);
            }
            default -> {
                Object retryAfter = external.getRequestMap().get(FactdeskAuthenticationMechanism.RETRY_AFTER);
                String text = retryAfter == null
                        ? Texts.format(Locale.ENGLISH, "login.message.failed")
                        : Texts.format(Locale.ENGLISH, "login.message.throttled", retryAfter);
                faces.addMessage("login:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
