package org.factdesk.service.setup;

import java.util.Locale;
import java.util.Set;
import org.factdesk.service.account.Passwords;

/**
 * The rules for the first administrator's password, which newsroom IT sets in {@code FACTDESK_ADMIN_PASSWORD}:
 * long enough, not the published demo password, not a well-known or one-character password. The reasons it
 * gives never contain the password.
 */
public final class FirstAdministrator {

    public static final String USERNAME = "admin";
    public static final String DESK_CODE = "general";

    private static final Set<String> COMMON = Set.of(
            "password",
            "password1",
            "password12",
            "password123",
            "1234567890",
            "12345678910",
            "0123456789",
            "qwertyuiop",
            "administrator",
            "letmein123",
            "changeme",
            "change-me",
            "changeit",
            "welcome123",
            "factdesk",
            "factdesk123",
            "adminadmin",
            "iloveyou12");

    private FirstAdministrator() {}

    /** Why the password is too weak, or {@code null} when it will do. */
    public static String weakness(String password) {
        if (password.length() < Passwords.MIN_LENGTH) {
            return "shorter than " + Passwords.MIN_LENGTH + " characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(DemoNewsroom.DEMO_PASSWORD) || lower.contains("factdesk-demo")) {
            return "it is the published demo password";
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return "a common or repetitive password";
        }
        if (lower.contains(USERNAME) && lower.replace(USERNAME, "").length() < 4) {
            return "it is little more than the user name";
        }
        return null;
    }
}
