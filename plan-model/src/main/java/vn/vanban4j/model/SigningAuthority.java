package vn.vanban4j.model;

/** How the signer signs: in the collective's name, as a deputy, by order ... */
public enum SigningAuthority {
    /** Signs in one's own right: no prefix. */
    OWN("", ""),
    /** "T/M" (Party), "TM." (state): on behalf of a collective body. */
    ON_BEHALF_OF("T/M", "TM."),
    /** "K/T" (Party), "KT.": a deputy for the head. */
    DEPUTY_FOR("K/T", "KT."),
    /** "T/L" (Party), "TL.": by order of the head. */
    BY_ORDER("T/L", "TL."),
    /** "TUQ.": by authorisation. */
    BY_AUTHORIZATION("TUQ.", "TUQ."),
    /** "Q.": acting head. */
    ACTING("Q.", "Q.");

    private final String partyPrefix;
    private final String statePrefix;

    SigningAuthority(String partyPrefix, String statePrefix) {
        this.partyPrefix = partyPrefix;
        this.statePrefix = statePrefix;
    }

    /** The prefix as the family writes it: "T/M" or "TM.". */
    public String prefix(Family family) {
        return family == Family.PARTY ? partyPrefix : statePrefix;
    }
}
