package org.factdesk.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void hashesUseTheJakartaSecurityEncodingWithTheDeclaredParameters() {
        String[] parts = Passwords.hash("factdesk-demo".toCharArray()).split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0] + ":" + parts[1]).isEqualTo("PBKDF2WithHmacSHA256:600000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(Passwords.ITERATIONS).isEqualTo("Pbkdf2PasswordHash.Iterations=600000");
    }

    @Test
    void theSamePasswordGetsADifferentSaltEveryTimeAndStillMatches() {
        String first = Passwords.hash("correct horse".toCharArray());
        String second = Passwords.hash("correct horse".toCharArray());
        assertThat(first).isNotEqualTo(second);
        assertThat(Passwords.matches("correct horse".toCharArray(), first)).isTrue();
        assertThat(Passwords.matches("correct horse".toCharArray(), second)).isTrue();
        assertThat(Passwords.matches("correct hors".toCharArray(), first)).isFalse();
        assertThat(Passwords.matches("x".toCharArray(), "not-a-hash")).isFalse();
    }

    @Test
    void hashesBelowTodaysWorkFactorAreDueForAnUpgrade() {
        assertThat(Passwords.needsRehash("PBKDF2WithHmacSHA256:100000:c2FsdA==:aGFzaA=="))
                .isTrue();
        assertThat(Passwords.needsRehash("garbage")).isTrue();
        assertThat(Passwords.needsRehash(Passwords.hash("correct horse".toCharArray())))
                .isFalse();
    }

    @Test
    void commonPasswordsAreRecognisedWhateverTheirCase() {
        assertThat(CommonPasswords.contains("Password123")).isTrue();
        assertThat(CommonPasswords.contains("qwertyuiop")).isTrue();
        assertThat(CommonPasswords.contains("factdesk-demo")).isFalse();
        assertThat(CommonPasswords.size()).isGreaterThan(100);
    }
}
