package io.unmogrowp.customersuccess.common.persistence;

/** A database failure that no caller can repair; surfaces as a 500 and is logged once. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
