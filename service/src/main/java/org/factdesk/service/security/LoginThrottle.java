package org.factdesk.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed-login bookkeeping for one kind of key (an account name, or a client address). The first
 * {@code freeFailures} failures cost nothing; each further one makes the key wait, 1 s doubling up to
 * {@code maxDelay}; at {@code lockFailures} the key is locked for {@code lock}. A success clears the key; a key
 * with no failure for the lock duration is forgotten. Held in memory: a restart forgets, which errs on the side
 * of letting people in.
 */
public final class LoginThrottle {

    /** The figures of one throttle. */
    public record Policy(int freeFailures, int lockFailures, Duration maxDelay, Duration lock) {}

    /** What a failure led to: nothing yet, a delay before the next try, or a lock. */
    public enum Outcome {
        NONE,
        DELAYED,
        LOCKED
    }

    private static final int MAX_KEYS = 100_000;

    private final Policy policy;
    private final Clock clock;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    private static final class State {
        int failures;
        Instant lastFailure;
        Instant blockedUntil;
        boolean locked;
    }

    public LoginThrottle(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** How long the key must still wait before its next attempt is even checked; zero when it may try now. */
    public Duration wait(String key) {
        State state = states.get(key);
        if (state == null) {
            return Duration.ZERO;
        }
        synchronized (state) {
            Instant now = clock.instant();
            if (state.blockedUntil != null && now.isBefore(state.blockedUntil)) {
                return Duration.between(now, state.blockedUntil);
            }
            if (state.locked || state.lastFailure != null && !now.isBefore(state.lastFailure.plus(policy.lock()))) {
                // the lock ran out, or the key has been quiet for long enough: it starts again from zero
                states.remove(key, state);
            }
            return Duration.ZERO;
        }
    }

    public Outcome failed(String key) {
        if (states.size() > MAX_KEYS) {
            purge();
        }
        State state = states.computeIfAbsent(key, k -> new State());
        synchronized (state) {
            Instant now = clock.instant();
            state.failures++;
            state.lastFailure = now;
            if (state.failures >= policy.lockFailures()) {
                state.locked = true;
                state.blockedUntil = now.plus(policy.lock());
                return Outcome.LOCKED;
            }
            int over = state.failures - policy.freeFailures();
            if (over > 0) {
                Duration delay = Duration.ofSeconds(1L << Math.min(over - 1, 20));
                state.blockedUntil = now.plus(delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay);
                return Outcome.DELAYED;
            }
            return Outcome.NONE;
        }
    }

    public void succeeded(String key) {
        states.remove(key);
    }

    /** Ends a lock or delay early (an administrator vouching for the account). */
    public void release(String key) {
        states.remove(key);
    }

    private void purge() {
        Instant forgetBefore = clock.instant().minus(policy.lock());
        states.entrySet()
                .removeIf(e -> e.getValue().lastFailure != null
                        && e.getValue().lastFailure.isBefore(forgetBefore));
    }
}
