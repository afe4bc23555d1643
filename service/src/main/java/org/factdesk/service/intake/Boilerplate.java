package org.factdesk.service.intake;

import java.util.regex.Pattern;

/**
 * Lines a news page prints around a report ("Published in Dawn, …", copyright notices, "Reporting by …"). The
 * check-worthiness models score them 0 before looking: they carry dates and names a model would otherwise
 * mistake for facts, and they never are claims.
 */
final class Boilerplate {

    private static final Pattern LINE = Pattern.compile(
            "(?i)^\\s*(published (in|on|by)|copyright|©|all rights reserved|follow us|subscribe|click here|"
                    + "this (article|story) (was|has been) (updated|corrected)|additional reporting by|"
                    + "reporting by|editing by|read more)");

    private Boilerplate() {}

    static boolean matches(String sentence) {
        return LINE.matcher(sentence).find();
    }
}
