package vn.vanban4j.signatures;

/** A PDF whose signatures cannot be read or added; the message names the file, where and what. */
public class SignatureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SignatureException(String message) {
        super(message);
    }

    public SignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
