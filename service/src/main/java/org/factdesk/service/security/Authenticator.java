package org.factdesk.service.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.factdesk.model.security.SecurityEventKind;
import org.factdesk.service.account.Passwords;
import org.factdesk.service.security.CredentialStore.Stored;

/**
 * Checks passwords and API tokens for the authentication mechanism, with throttling per account and per client
 * address, and remembers successful password checks for a short while.
 *
 * <p><b>The verification cache.</b> HTTP Basic sends the password with every API call, and a PBKDF2 check at
 * 600,000 iterations takes about 0.3 s. A successful check is therefore remembered for {@code
 * factdesk.login.cache-seconds} (default 120) under HMAC-SHA256(per-boot random key, user name, password,
 * stored hash). The password is never kept, the key never leaves memory, and because the stored hash is part
 * of the entry's name a password change or reset (or a hash upgrade) makes every old entry unreachable at
 * once; deactivation and role changes need no invalidation because the user row is read again on every call.
 * Failed checks are never cached, so guessing always pays the full price.
 *
 * <p><b>Throttling.</b> Unknown user names are throttled, answered and timed exactly like known ones (a dummy
 * hash is checked), so the answer tells nothing about who exists. Figures come from system properties or the
 * matching environment variables (see {@code docs/security.md}).
 */
@ApplicationScoped
public class Authenticator {

    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());
    private static final int CACHE_MAX = 10_000;
    private static final String TOKEN_PREFIX = "fd_";

    @Inject
    CredentialStore store;

    @Inject
    SecurityEvents events;

    private LoginThrottle accounts;
    private LoginThrottle addresses;
    private Mac cacheKey;
    private Duration cacheTtl;
    private final ConcurrentHashMap<String, Long> verified = new ConcurrentHashMap<>();

    /** The outcome of one attempt. */
    public sealed interface Result permits Valid, Invalid, Throttled {}

    /** Who is in, their roles, and a stamp that changes when their password does (for sessions). */
    public record Valid(String username, Set<String> roles, String stamp) implements Result {}

    public record Invalid() implements Result {}

    /** Too many failures: try again after this many seconds, whatever the password. */
    public record Throttled(long retryAfterSeconds) implements Result {}

    @PostConstruct
    void configure() {
        Duration lock = Duration.ofSeconds(setting("factdesk.login.lock-seconds", 900));
        Duration maxDelay = Duration.ofSeconds(setting("factdesk.login.max-delay-seconds", 30));
        accounts = new LoginThrottle(
                new LoginThrottle.Policy(
                        (int) setting("factdesk.login.free-failures", 3),
                        (int) setting("factdesk.login.lock-failures", 10),
                        maxDelay,
                        lock),
                Clock.systemUTC());
        addresses = new LoginThrottle(
                new LoginThrottle.Policy(
                        (int) setting("factdesk.login.address-free-failures", 20),
                        (int) setting("factdesk.login.address-lock-failures", 100),
                        maxDelay,
                        lock),
                Clock.systemUTC());
        cacheTtl = Duration.ofSeconds(setting("factdesk.login.cache-seconds", 120));
        try {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            cacheKey = Mac.getInstance("HmacSHA256");
            cacheKey.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A user name and password, from the login form or HTTP Basic. */
    public Result login(String username, char[] password, String clientAddress) {
        String client = clientAddress == null ? "unknown" : clientAddress;
        String name = username == null ? "" : username.strip();
        String accountKey = name.toLowerCase(Locale.ROOT);
        Duration account = accounts.wait(accountKey);
        Duration address = addresses.wait(client);
        Duration wait = account.compareTo(address) >= 0 ? account : address;
        if ((!wait.isZero() && !wait.isNegative())) {
            events.record(SecurityEventKind.LOGIN_THROTTLED, name, null, client, null);
            return new Throttled(seconds(wait));
        }
        Optional<Stored> stored = name.isEmpty() ? Optional.empty() : store.find(name);
        if (stored.isEmpty() || !stored.get().active()) {
            Passwords.checkNothing(password);
            return failed(name, accountKey, client);
        }
        Stored user = stored.get();
        String entry = cacheEntry(user, password);
        Long until = verified.get(entry);
        if (until != null && until > System.nanoTime()) {
            return valid(user);
        }
        if (!Passwords.matches(password, user.passwordHash())) {
            return failed(name, accountKey, client);
        }
        accounts.succeeded(accountKey);
        if (Passwords.needsRehash(user.passwordHash())) {
            String stronger = Passwords.hash(password);
            store.upgrade(user.username(), user.passwordHash(), stronger);
            events.record(SecurityEventKind.PASSWORD_REHASHED, user.username(), null, client, null);
            user = new Stored(user.username(), stronger, user.active(), user.roles());
            entry = cacheEntry(user, password);
        }
        if (verified.size() >= CACHE_MAX) {
            verified.clear();
        }
        verified.put(entry, System.nanoTime() + cacheTtl.toNanos());
        return valid(user);
    }

    /** A personal API token sent as {@code Authorization: Bearer fd_…}. */
    public Result token(String secret, String clientAddress) {
        String client = clientAddress == null ? "unknown" : clientAddress;
        Duration wait = addresses.wait(client);
        if ((!wait.isZero() && !wait.isNegative())) {
            return new Throttled(seconds(wait));
        }
        Optional<CredentialStore.TokenUse> use =
                secret == null || !secret.startsWith(TOKEN_PREFIX) ? Optional.empty() : store.useToken(sha256(secret));
        if (use.isEmpty() || !use.get().owner().active()) {
            addresses.failed(client);
            events.record(SecurityEventKind.LOGIN_FAILED, null, null, client, "unknown or revoked API token");
            return new Invalid();
        }
        if (use.get().recorded()) {
            events.record(
                    SecurityEventKind.TOKEN_USED,
                    use.get().owner().username(),
                    null,
                    client,
                    "token " + use.get().tokenId() + " (" + use.get().tokenName() + ")");
        }
        return valid(use.get().owner());
    }

    /**
     * A session made at login, on a later request: the user must still exist, be active, and have the password
     * they logged in with.
     */
    public Optional<Valid> resume(String username, String stamp) {
        return store.find(username)
                .filter(Stored::active)
                .map(Authenticator::valid)
                .filter(v -> v.stamp().equals(stamp));
    }

    /** Lets a locked or delayed account try again at once (an administrator's call; the caller is checked there). */
    public void release(String username) {
        accounts.release(username.toLowerCase(Locale.ROOT));
    }

    /** A new token's secret: 256 random bits, recognisable by its prefix. */
    public static String newTokenSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Result failed(String name, String accountKey, String client) {
        LoginThrottle.Outcome account = accounts.failed(accountKey);
        LoginThrottle.Outcome address = addresses.failed(client);
        events.record(SecurityEventKind.LOGIN_FAILED, name, null, client, null);
        if (account == LoginThrottle.Outcome.LOCKED) {
            events.record(SecurityEventKind.ACCOUNT_LOCKED, name, null, client, null);
            LOG.warning("Account " + name + " locked after repeated login failures");
        }
        if (address == LoginThrottle.Outcome.LOCKED) {
            events.record(SecurityEventKind.ADDRESS_LOCKED, name, null, client, null);
            LOG.warning("Client " + client + " locked out after repeated login failures");
        }
        return new Invalid();
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static Valid valid(Stored user) {
        return new Valid(
                user.username(), user.roles(), sha256(user.passwordHash()).substring(0, 16));
    }

    private String cacheEntry(Stored user, char[] password) {
        byte[] mac;
        synchronized (cacheKey) {
            cacheKey.update(user.username().getBytes(StandardCharsets.UTF_8));
            cacheKey.update((byte) 0);
            cacheKey.update(new String(password).getBytes(StandardCharsets.UTF_8));
            cacheKey.update((byte) 0);
            mac = cacheKey.doFinal(user.passwordHash().getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getEncoder().encodeToString(mac);
    }

    private static long setting(String property, long fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(
                    property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        try {
            return value == null ? fallback : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            LOG.warning(property + "=" + value + " is not a number; using " + fallback);
            return fallback;
        }
    }
}
