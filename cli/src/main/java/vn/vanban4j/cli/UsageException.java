package vn.vanban4j.cli;

/** The command line is wrong: exit code 2, with a message saying how to call. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
