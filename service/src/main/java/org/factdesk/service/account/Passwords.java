package org.factdesk.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.HashMap;
import java.util.Map;

/**
 * Salted PBKDF2 password hashes. The parameters are constants because the database identity store in the
 * web module must verify with exactly the parameters used here to hash.
 */
@ApplicationScoped
public class Passwords {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    /** High enough to make stolen hashes expensive, low enough for HTTP Basic on every API call (~50 ms). */
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=100000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";
    public static final int MIN_LENGTH = 10;

    @Inject
    Pbkdf2PasswordHash hash;

    private boolean initialised;

    public synchronized String hash(char[] password) {
        if (!initialised) {
            Map<String, String> parameters = new HashMap<>();
            for (String parameter : new String[] {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE}) {
                String[] pair = parameter.split("=", 2);
                parameters.put(pair[0], pair[1]);
            }
            hash.initialize(parameters);
            initialised = true;
        }
        return hash.generate(password);
    }
}
