package org.factdesk.service.intake;

import java.util.Set;

/** Word lists for attribution: reporting verbs and the words that make up who is speaking. */
final class Lexicon {

    static final Set<String> REPORTING_VERBS = Set.of(
            "said", "says", "say", "told", "tells", "tell", "claimed", "claims", "stated",
            "denied", "denies", "added", "adds", "announced", "announces", "accused", "accuses", "warned",
            "warns", "insisted", "insists", "explained", "explains", "noted", "notes", "argued", "argues",
            "asserted", "asserts", "alleged", "alleges", "confirmed", "confirms", "reported", "wrote",
            "writes", "tweeted", "testified", "acknowledged", "acknowledges", "admitted", "admits",
            "declared", "declares", "maintained", "maintains", "stressed", "emphasized", "contended",
            "replied", "responded", "recalled", "predicted", "estimated", "charged", "countered",
            "conceded", "repeated", "asked", "asks", "promised", "vowed", "pledged", "suggested",
            "suggests", "complained", "boasted", "joked", "quipped", "posted", "predicts");

    /** Auxiliaries and adverbs that may stand between a speaker and the verb: "Trump has also said". */
    static final Set<String> BETWEEN = Set.of("has", "have", "had", "also", "later", "previously", "repeatedly",
            "again", "then", "earlier", "recently", "would", "will", "further", "separately", "once", "often",
            "initially", "first", "publicly", "privately", "flatly", "quickly", "simply", "last", "now", "still",
            "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "morning", "evening", "night", "afternoon", "just", "even");

    /** Before a verb these make it passive or a hedge ("was said to"), not an attribution. */
    static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "be", "being");

    static final Set<String> ROLES = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "spokespeople", "minister", "president", "envoy",
            "official", "officials", "commander", "chief", "director", "secretary", "senator", "governor",
            "mayor", "leader", "leaders", "head", "ambassador", "analyst", "analysts", "monitor", "general",
            "colonel", "activist", "activists", "witness", "witnesses", "resident", "residents", "source",
            "sources", "aide", "aides", "adviser", "advisor", "advisers", "advisors", "candidate", "chairman",
            "chairwoman", "chair", "ceo", "manager", "representative", "congressman", "congresswoman",
            "lawmaker", "lawmakers", "strategist", "professor", "researcher", "expert", "experts",
            "correspondent", "reporter", "editor", "founder", "member", "members", "counterpart", "premier",
            "chancellor", "king", "queen", "prince", "judge", "attorney", "lawyer", "prosecutor", "sheriff",
            "officer", "officers", "diplomat", "diplomats", "negotiator", "nominee", "rival", "opponent",
            "challenger", "economist", "pollster", "speaker", "whip", "staffer", "surrogate", "supporter",
            "supporters", "critics", "critic", "voters", "voter", "organizer", "operative", "veteran",
            "historian", "scientist", "doctor", "mother", "father", "wife", "husband", "daughter", "son",
            "employee", "employees", "worker", "workers", "delegate", "delegates", "teacher", "student",
            "students", "owner", "host", "donor", "donors", "volunteer", "volunteers", "republicans", "democrats",
            "conservatives", "liberals", "progressives", "evangelicals", "observers", "people", "participants",
            "protesters", "demonstrators", "parents", "americans", "investigators", "prosecutors", "police",
            "rep", "sen", "gov", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "adm");

    /** Words that qualify a role: "Foreign Minister", "deputy spokesman", "campaign manager". */
    static final Set<String> ROLE_MODIFIERS = Set.of("foreign", "defense", "defence", "interior", "special",
            "senior", "deputy", "vice", "prime", "former", "top", "military", "presidential", "press",
            "national", "security", "campaign", "communications", "policy", "political", "chief", "state",
            "assistant", "executive", "general", "democratic", "republican", "gop", "u.s.", "us", "regional",
            "local", "health", "finance", "economy", "trade", "justice", "house", "senate", "white");

    static final Set<String> ORG_WORDS = Set.of("ministry", "observatory", "front", "army", "forces", "council",
            "committee", "agency", "party", "government", "department", "office", "university", "commission",
            "organization", "organisation", "association", "union", "group", "groups", "institute", "police",
            "coalition", "campaign", "court", "bank", "fund", "administration", "senate", "congress",
            "pentagon", "kremlin", "network", "news", "times", "post", "press", "journal", "company",
            "corporation", "inc", "corp", "foundation", "center", "centre", "alliance", "movement",
            "authority", "authorities", "service", "bureau", "board", "federation", "league", "brigade",
            "brigades", "militia", "cabinet", "parliament", "assembly", "embassy", "hospital", "watch",
            "nations", "reuters", "media", "channel", "television", "tv", "magazine", "review", "report",
            "statement", "poll", "survey", "study", "rebels", "military", "regime", "state", "house");

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i");
    static final Set<String> OTHER_PRONOUNS = Set.of("they", "it", "we");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "this",
            "that", "these", "those", "one", "two", "three", "several", "many", "some", "other", "another");
    static final Set<String> CONNECTORS = Set.of("of", "for", "at", "from", "’s", "'s", "al", "de", "bin",
            "van", "von", "la", "le", "on", "and");
    static final Set<String> CONTENT_CONNECTORS = Set.of("of", "for", "at", "from", "with");

    private Lexicon() {
    }

    static boolean roleWord(String lower) {
        return ROLES.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }
}
