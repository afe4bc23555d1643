package org.factdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogoImagePolicyTest {

    private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self' 'nonce-abc'";

    @Test
    void theLogosOriginAndNothingElseIsAddedToTheImageSources() {
        String origin = LogoImagePolicy.origin("https://News.example:8443/brand/logo.svg?v=2#x");
        assertThat(origin).isEqualTo("https://News.example:8443");
        assertThat(LogoImagePolicy.withImagesFrom(POLICY, origin))
                .isEqualTo(
                        "default-src 'self'; img-src 'self' "
                                + "data: https://News.example:8443; style-src 'self' 'unsafe-inline'; script-src 'self' 'nonce-abc'");
    }

    @Test
    void aPolicyWithoutImageSourcesGetsOne() {
        assertThat(LogoImagePolicy.withImagesFrom("script-src 'self'", "https://news.example"))
                .isEqualTo("img-src 'self' https://news.example; script-src 'self'");
    }

    @Test
    void anAddressThatIsNotAWebAddressAddsNothing() {
        assertThat(LogoImagePolicy.origin(null)).isNull();
        assertThat(LogoImagePolicy.origin("javascript:alert(1)")).isNull();
        assertThat(LogoImagePolicy.origin("data:image/png;base64,AAAA")).isNull();
        assertThat(LogoImagePolicy.origin("https://a.example/x y")).isNull();
        assertThat(LogoImagePolicy.origin("https://a.example;script-src*/logo.png"))
                .isNull();
    }
}
