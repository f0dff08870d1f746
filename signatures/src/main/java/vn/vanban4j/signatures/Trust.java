package vn.vanban4j.signatures;

/** Whether a signer's certificate chains up to a certificate the host trusts, at the signing time. */
public enum Trust {
    /** The chain reaches one of the host's trusted certificates and each certificate was valid when signed. */
    TRUSTED,
    /** No chain to a trusted certificate (issuer unknown, self-signed, expired at signing): reported, not an error. */
    UNTRUSTED
}
