package org.factdesk.service.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 password hashes in the encoding Jakarta Security's {@code Pbkdf2PasswordHash} documents and
 * verifies ({@code algorithm:iterations:base64(salt):base64(hash)}), so the database identity store in the
 * web module checks them with the parameters declared here. Made here rather than through the container's
 * bean because the service layer also runs where no authentication mechanism is deployed (start-up, tests).
 */
public final class Passwords {

    static final String ALGORITHM_NAME = "PBKDF2WithHmacSHA256";
    /**
     * OWASP's Password Storage Cheat Sheet figure for PBKDF2-HMAC-SHA256 (2023 and still current): about 0.3 s
     * per check here. HTTP Basic re-sends the password on every call, so successful checks are remembered for a
     * short while by {@code Authenticator}; hashes made with fewer iterations are upgraded at the next login.
     */
    static final int ITERATION_COUNT = 600_000;

    static final int SALT_BYTES = 32;
    static final int KEY_BYTES = 32;

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=" + ALGORITHM_NAME;
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=" + ITERATION_COUNT;
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=" + SALT_BYTES;
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=" + KEY_BYTES;
    public static final int MIN_LENGTH = 10;
    /** Long enough for any passphrase; short enough that nobody makes the server hash megabytes. */
    public static final int MAX_LENGTH = 128;

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Checked against when the user name is unknown, so that an unknown name costs the same as a wrong password. */
    private static final String DUMMY = hash("no such user, no such password".toCharArray());

    private Passwords() {}

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return ALGORITHM_NAME + ":" + ITERATION_COUNT + ":"
                + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(derive(password, salt, ITERATION_COUNT, KEY_BYTES));
    }

    /** Checks a password against a stored hash, in constant time. */
    public static boolean matches(char[] password, String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ALGORITHM_NAME.equals(parts[0])) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(password, salt, Integer.parseInt(parts[1]), expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Spends the time of one password check on nothing: the answer for a user name that does not exist. */
    public static void checkNothing(char[] password) {
        matches(password, DUMMY);
    }

    /** True when a stored hash was made with fewer iterations (or another algorithm) than hashes made today. */
    public static boolean needsRehash(String stored) {
        String[] parts = stored.split(":");
        try {
            return parts.length != 4
                    || !ALGORITHM_NAME.equals(parts[0])
                    || Integer.parseInt(parts[1]) < ITERATION_COUNT;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
        try {
            return SecretKeyFactory.getInstance(ALGORITHM_NAME)
                    .generateSecret(new PBEKeySpec(password, salt, iterations, keyBytes * 8))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM_NAME + " is not available", e);
        }
    }
}
