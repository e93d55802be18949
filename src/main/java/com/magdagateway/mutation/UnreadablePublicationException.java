package com.magdagateway.mutation;

/**
 * A publication that cannot be read on: not a publication at all, or XML that stops being well-formed or breaks a
 * parser limit. Whatever was imported before that point stays imported. The message never quotes the file's content.
 */
public class UnreadablePublicationException extends RuntimeException {

    private final int line;

    public UnreadablePublicationException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** The line the reader had reached, or -1 when unknown. */
    public int line() {
        return line;
    }
}
